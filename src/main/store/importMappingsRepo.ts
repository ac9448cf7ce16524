import { columnMapping, type FieldKey } from '../../shared/contract';
import type { Db, WriteDb } from './connection';

export type ImportMapping = Record<string, FieldKey | null>;

/** Every header->field choice remembered for this cohort, merged across the forms it imported. */
export function loadImportMappings(db: Db): ImportMapping {
  const merged: ImportMapping = Object.create(null);
  for (const row of db.prepare<[], { mapping: string }>('SELECT mapping FROM import_mapping ORDER BY updated_at').all()) {
    const parsed = columnMapping.safeParse(JSON.parse(row.mapping));
    if (parsed.success) for (const [header, field] of Object.entries(parsed.data)) merged[header] = field;
  }
  return merged;
}

export function saveImportMapping(db: WriteDb, signature: string, mapping: ImportMapping): void {
  db.prepare(
    'INSERT INTO import_mapping (signature, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at WHERE mapping <> excluded.mapping',
  ).run(signature, JSON.stringify(mapping), new Date().toISOString());
}
