import { createHash } from 'node:crypto';
import type { Db } from './connection';

// Whole-file views of a cohort, for the checks that prove the store keeps its promises (crash tests,
// model-based and fuzz tests): SQLite's own integrity checks, and every row of every table.

export interface IntegrityReport {
  integrity: string;
  foreignKeyViolations: number;
  participants: number;
  pairings: number;
}

export function checkIntegrity(db: Db): IntegrityReport {
  const integrity = db.prepare<[], { integrity_check: string }>('PRAGMA integrity_check').all().map((r) => r.integrity_check).join('; ');
  const foreignKeyViolations = db.prepare('PRAGMA foreign_key_check').all().length;
  const counts = db
    .prepare<[], { participants: number; pairings: number }>(
      'SELECT (SELECT count(*) FROM participant) AS participants, (SELECT count(*) FROM pairing) AS pairings',
    )
    .get() ?? { participants: 0, pairings: 0 };
  return { integrity, foreignKeyViolations, ...counts };
}

/** Every row of every table of the cohort (main schema), in rowid order. */
export function dumpContent(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare<[], { name: string; withoutRowid: number }>(
      "SELECT name, wr AS withoutRowid FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  const dump: Record<string, unknown[]> = {};
  for (const { name, withoutRowid } of tables) {
    dump[name] = db.prepare(`SELECT ${withoutRowid ? '' : 'rowid AS _rowid, '}* FROM main."${name}" ORDER BY 1`).all();
  }
  return dump;
}

/** A digest of `dumpContent`: equal hashes, equal cohorts. */
export function contentHash(db: Db): string {
  return createHash('sha256').update(JSON.stringify(dumpContent(db))).digest('hex');
}
