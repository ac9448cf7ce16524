import type { BackupInfo } from '../../../shared/contract';
import type { Session } from '../../session';
import { createBackup, discardBackup, listBackups, restoreBackup } from '../../store/backups';

// Backups of the open cohort. The one rule every bulk write follows lives here: back the cohort up
// before an import or a bulk apply touches it, so the coordinator can always go back to the file as it was.

export type BulkWriteKind = 'import' | 'apply';

export function backupBeforeBulkWrite(session: Session, kind: BulkWriteKind): Promise<BackupInfo> {
  return createBackup(session.db, session.path, kind);
}

/** Drops the backup made before a bulk write that changed nothing: it would only be the cohort as it still is. */
export const discardUnneededBackup = (session: Session, backup: BackupInfo) => discardBackup(session.path, backup.id);
export const listCohortBackups = (session: Session) => listBackups(session.path);
export const backUpNow = (session: Session) => createBackup(session.db, session.path, 'manual');
export const restoreCohortBackup = (session: Session, id: string) => restoreBackup(session, id);
