import { z } from 'zod';
import { changed, none, type MethodSpec } from './common';

// Backups of the cohort file, taken before every risky write and once a day; restoring one is itself
// undoable (the state it replaces is backed up first).

export const backupReason = z.enum(['import', 'apply', 'migration', 'daily', 'restore', 'manual']);
export type BackupReason = z.infer<typeof backupReason>;

/** A backup's id is its file name without extension: an ISO timestamp (":" and "." as "-"), the reason, a counter. */
export const backupIdPattern = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(import|apply|migration|daily|restore|manual)(-\d{1,4})?$/;
export const backupId = z.string().max(64).regex(backupIdPattern);

export const backupInfo = z.strictObject({
  id: backupId,
  reason: backupReason,
  createdAt: z.string(),
  /** Bytes on disk. */
  size: z.number().int(),
  /** Participants in the backup, or null when the file cannot be read. */
  participants: z.number().int().nullable(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const backupContract = {
  backupList: { params: none, result: z.array(backupInfo) },
  backupCreate: { params: none, result: backupInfo },
  /** Replaces the whole cohort, so every topic changes. */
  backupRestore: { params: z.strictObject({ id: backupId }), result: z.strictObject({ changed }) },
} as const satisfies Record<string, MethodSpec>;
