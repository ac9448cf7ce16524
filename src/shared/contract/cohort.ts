import { z } from 'zod';
import { historyEntry, participant, participantId, participantPatch, settings, settingsPatch, shortText } from '../domain';
import { changed, filePath, none, type MethodSpec } from './common';

/** A cohort's name as the coordinator gives it: some words, not only spaces. */
const cohortName = shortText.refine((name) => name.trim() !== '');

export const cohortInfo = z.strictObject({
  path: z.string(),
  schemaVersion: z.number().int(),
  settings,
  participants: z.number().int(),
  pairings: z.number().int(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
export type CohortInfo = z.infer<typeof cohortInfo>;

export const cohortContract = {
  cohortInfo: { params: none, result: cohortInfo },
  cohortOpen: { params: z.strictObject({ path: filePath }), result: cohortInfo },
  /**
   * A new cohort named `name`: its file goes in Kupu's folder, named after it, unless `path` says where
   * (inside Kupu's folder, or a place the coordinator chose with `cohortChoosePlace`).
   */
  cohortCreate: { params: z.strictObject({ name: cohortName, path: filePath.optional() }), result: cohortInfo },
  /** The desktop app's save dialog for a new cohort's file; null when the coordinator cancels. */
  cohortChoosePlace: { params: z.strictObject({ name: cohortName }), result: z.strictObject({ path: z.string() }).nullable() },
  cohortRecent: { params: none, result: z.array(z.string()) },
  settingsUpdate: { params: z.strictObject({ patch: settingsPatch }), result: z.strictObject({ settings, changed }) },

  participantsList: { params: none, result: z.array(participant) },
  participantUpdate: {
    params: z.strictObject({ id: participantId, patch: participantPatch }),
    result: z.strictObject({ participant, changed }),
  },

  participantsUpdate: {
    params: z.strictObject({ ids: z.array(participantId).min(1).max(100_000), patch: participantPatch }),
    result: z.strictObject({ count: z.number().int(), changed }),
  },

  historyList: { params: z.strictObject({ limit: z.number().int().min(1).max(500).optional() }), result: z.array(historyEntry) },
  historyUndo: { params: none, result: z.strictObject({ entry: historyEntry.nullable(), changed }) },
  historyRedo: { params: none, result: z.strictObject({ entry: historyEntry.nullable(), changed }) },
} as const satisfies Record<string, MethodSpec>;
