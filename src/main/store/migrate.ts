import type { Db } from './connection';
import { latestSchemaVersion, migrations } from './migrations';
import { StoreError } from './errors';

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Applies every pending migration, each in its own transaction, tracked by user_version. */
export function migrate(db: Db, beforeMigrate?: (db: Db, fromVersion: number) => void): void {
  const found = schemaVersion(db);
  if (found > latestSchemaVersion) {
    throw new StoreError('newer_schema', 'store.newerSchema', { found, known: latestSchemaVersion });
  }
  if (found < latestSchemaVersion && found > 0) beforeMigrate?.(db, found);
  for (let version = found + 1; version <= latestSchemaVersion; version++) {
    db.transaction(() => {
      db.exec(migrations[version - 1]);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}
