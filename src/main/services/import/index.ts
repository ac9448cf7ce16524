import type { Session } from '../../session';
import { backupBeforeBulkWrite } from '../cohort/backups';
import { commitImport, type ImportOptions, type ImportRequest } from './registrations';

// Importing a registration export: preview, commit (backed up first), and the preferred mentors the
// coordinator resolves by hand afterwards.
export { confirmPreference, listUnresolved, resolvePreference } from './preferences';
export { importHistory, importRunReport, lastImportWarnings, previewImport, type ImportOptions, type ImportRequest } from './registrations';

/** Commits an import; the cohort is backed up once the file has parsed and just before anything is written. */
export function commitImportBackedUp(session: Session, request: ImportRequest, options: ImportOptions = {}) {
  return commitImport(session.db, request, { ...options, beforeWrite: () => backupBeforeBulkWrite(session, 'import') });
}
