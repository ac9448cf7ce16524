import { z } from 'zod';
import { importIssue, participantId, shortText } from '../domain';
import { changed, none, type MethodSpec } from './common';
import { unresolvedPreference } from './import';
import { suggestedMerge } from './skills';

// The "Needs review" list: what an import could not decide alone and the coordinator should look at —
// preferred mentors matching nobody or several people, or matched only by part of a name or a close
// spelling (to confirm), values the import could not read, and suggested skill merges.

/** A preferred mentor matched only by part of a name or a close spelling, to confirm (or correct). */
export const fuzzyPreference = z.strictObject({
  menteeId: participantId,
  menteeName: shortText,
  rank: z.number().int().min(1),
  typed: shortText,
  mentor: z.strictObject({ id: participantId, name: shortText }),
});
export type FuzzyPreference = z.infer<typeof fuzzyPreference>;

/** A value the last import kept as written or left out, with whose row it is on. */
export const reviewValue = z.strictObject({ key: z.string().max(3000), issue: importIssue, name: shortText.nullable() });
export type ReviewValue = z.infer<typeof reviewValue>;

export const reviewList = z.strictObject({
  unresolved: z.array(unresolvedPreference),
  unresolvedCount: z.number().int(),
  fuzzy: z.array(fuzzyPreference),
  fuzzyCount: z.number().int(),
  values: z.array(reviewValue),
  merges: z.array(suggestedMerge),
  /** Everything above, counted. */
  count: z.number().int(),
});
export type ReviewList = z.infer<typeof reviewList>;

/** One mentee's preferred mentors as typed on the form, and what became of each. */
export const typedPreference = z.strictObject({
  rank: z.number().int(),
  typed: shortText,
  mentor: z.strictObject({ id: participantId, name: shortText }).nullable(),
  /** matched: by a whole name or nickname, or chosen by the coordinator; fuzzy: to confirm; unresolved: nobody yet. */
  status: z.enum(['matched', 'fuzzy', 'unresolved']),
});
export type TypedPreference = z.infer<typeof typedPreference>;

export const reviewContract = {
  reviewList: { params: none, result: reviewList },
  /** How many items the list holds, for the navigation. */
  reviewCount: { params: none, result: z.strictObject({ count: z.number().int() }) },
  /** "Yes, that is who she meant": a fuzzy match becomes the coordinator's own choice. */
  preferenceConfirm: { params: z.strictObject({ menteeId: participantId, rank: z.number().int().min(1).max(20) }), result: z.strictObject({ changed }) },
  /** A value looked at: it leaves the review list (undoable). */
  reviewValueDone: { params: z.strictObject({ key: z.string().min(1).max(3000) }), result: z.strictObject({ changed }) },
  menteePreferences: { params: z.strictObject({ menteeId: participantId }), result: z.array(typedPreference) },
} as const satisfies Record<string, MethodSpec>;
