import type { BackupInfo } from '../../../shared/contract';
import type { Session } from '../../session';
import { backupBeforeBulkWrite, discardUnneededBackup } from '../cohort/backups';
import { commitImport, type ImportOptions, type ImportRequest } from './registrations';

// Importing a registration export: preview, commit (backed up first), and the preferred mentors the
// coordinator resolves by hand afterwards.
export { confirmPreference, listUnresolved, resolvePreference } from './preferences';
export { importHistory, importRunReport, lastImportWarnings, previewImport, type ImportOptions, type ImportRequest } from './registrations';

/**
 * Commits an import; the cohort is backed up once the file has parsed and just before anything is
 * written. An import that changed nothing (the same export again) keeps no backup.
 */
export async function commitImportBackedUp(session: Session, request: ImportRequest, options: ImportOptions = {}) {
  let backup: BackupInfo | null = null;
  const report = await commitImport(session.db, request, {
    ...options,
    beforeWrite: async () => {
      backup = await backupBeforeBulkWrite(session, 'import');
    },
  });
  if (backup && report.changed.length === 0) discardUnneededBackup(session, backup);
  return report;
}
