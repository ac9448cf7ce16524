import { migration001 } from './001_initial';
import { migration002 } from './002_directory';
import { migration003 } from './003_review';
import { migration004 } from './004_cohort_settings';
import { migration005 } from './005_proposals_follow_pairings';
import { migration006 } from './006_application_id';

/** Numbered migrations; index + 1 is the schema version each one produces. */
export const migrations: readonly string[] = [migration001, migration002, migration003, migration004, migration005, migration006];
export const latestSchemaVersion = migrations.length;
