import { migration001 } from './001_initial';
import { migration002 } from './002_application_id';

/** Numbered migrations; index + 1 is the schema version each one produces. */
export const migrations: readonly string[] = [migration001, migration002];
export const latestSchemaVersion = migrations.length;
