import { migration001 } from './001_initial';

/** Numbered migrations; index + 1 is the schema version each one produces. */
export const migrations: readonly string[] = [migration001];
export const latestSchemaVersion = migrations.length;
