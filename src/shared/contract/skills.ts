import { z } from 'zod';
import { skill, skillName } from '../domain';
import { changed, fileData, fileResult, none, type MethodSpec } from './common';

// The skills vocabulary: every skill with the spellings that resolve to it, the coordinator's merges,
// renames, splits and "not the same", suggested merges, and the vocabulary as a file to share.

/** Why two skills look like one (rendered in the coordinator's language by code). */
export const mergeReason = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('spelling'), distance: z.number().int() }),
  z.strictObject({ code: z.literal('affix'), from: z.string().max(200), into: z.string().max(200) }),
  z.strictObject({ code: z.literal('translation'), from: skillName, into: skillName }),
  z.strictObject({ code: z.literal('abbreviation'), short: skillName, long: skillName }),
  z.strictObject({ code: z.literal('words'), shared: z.string().max(400) }),
]);
export type MergeReason = z.infer<typeof mergeReason>;

export const suggestedMerge = z.strictObject({ from: skillName, into: skillName, score: z.number(), why: z.array(mergeReason) });
export type SuggestedMerge = z.infer<typeof suggestedMerge>;

export const skillsContract = {
  skillsList: { params: none, result: z.array(skill) },
  skillMerge: { params: z.strictObject({ from: skillName, into: skillName }), result: z.strictObject({ changed }) },
  skillRename: { params: z.strictObject({ from: skillName, to: skillName }), result: z.strictObject({ changed }) },
  /** Takes spellings out of a skill into one of their own; answers with the new skill's name. */
  skillSplit: {
    params: z.strictObject({ skill: skillName, spellings: z.array(z.string().min(1).max(500)).min(1).max(200) }),
    result: z.strictObject({ name: skillName, changed }),
  },
  /** "Not the same": the pair is no longer suggested, in this cohort or later ones. */
  skillsNotSame: { params: z.strictObject({ a: skillName, b: skillName }), result: z.strictObject({ changed }) },
  skillsSuggest: { params: none, result: z.array(suggestedMerge) },
  vocabularyExport: { params: none, result: fileResult },
  vocabularyImport: {
    params: z.strictObject({ fileName: z.string().min(1).max(500), data: fileData }),
    result: z.strictObject({ imported: z.number().int(), changed }),
  },
} as const satisfies Record<string, MethodSpec>;

/** The catalog key (under `skills.why.`) and parameters that say a merge reason in either language. */
export function mergeReasonMessage(reason: MergeReason): { key: string; params: Record<string, string | number> } {
  switch (reason.code) {
    case 'spelling': return { key: 'skills.why.spelling', params: { count: reason.distance } };
    case 'affix': return { key: 'skills.why.affix', params: { from: reason.from, into: reason.into } };
    case 'translation': return { key: 'skills.why.translation', params: { from: reason.from, into: reason.into } };
    case 'abbreviation': return { key: 'skills.why.abbreviation', params: { short: reason.short, long: reason.long } };
    case 'words': return { key: 'skills.why.words', params: { shared: reason.shared } };
  }
}
