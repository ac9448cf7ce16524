import type { ImportedFields } from '../../../shared/domain';
import type { ImportSnapshot } from '../../store/importRepo';

// Re-importing a later export of the same form: compare each person's new answers with the snapshot
// of what was imported last time, and take only what the form changed. The coordinator's hand edits
// (a capacity raised on the phone, a corrected region) survive every field the form left alone.

const scalarFields = ['name', 'nickname', 'email', 'phone', 'region', 'level', 'kind', 'capacity', 'notes', 'submittedAt'] as const satisfies ReadonlyArray<keyof ImportedFields>;

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function sameExtra(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the form says exactly what it said when this person was last imported. */
export function sameSnapshot(a: ImportSnapshot, b: ImportSnapshot): boolean {
  return (
    scalarFields.every((field) => a[field] === b[field]) && sameExtra(a.extra, b.extra) &&
    sameList(a.offers, b.offers) && sameList(a.seeks, b.seeks) && sameList(a.preferences, b.preferences)
  );
}

/**
 * Three-way merge of one participant: a field the form changed since the last import takes the form's
 * new value (the person updated their answer); every other field keeps its current value.
 */
export function mergeImported(current: ImportedFields, last: ImportSnapshot, incoming: ImportSnapshot): ImportedFields {
  const merged: ImportedFields = { ...current, extra: sameExtra(incoming.extra, last.extra) ? current.extra : incoming.extra };
  for (const field of scalarFields) if (incoming[field] !== last[field]) take(merged, incoming, field);
  return merged;
}

function take<K extends keyof ImportedFields>(into: ImportedFields, from: ImportedFields, field: K): void {
  into[field] = from[field];
}
