import { z } from 'zod';
import { pairKind, participantId, skillName } from '../domain';
import { changed, type MethodSpec } from './common';

export const reasonCode = z.enum(['skill', 'preference', 'region', 'level', 'mentorPreference', 'spread']);
export const unmatchedCode = z.enum(['nobody_offers', 'all_full', 'other_level_only', 'all_declined', 'outscored', 'seeks_nothing']);

export const suggestion = z.strictObject({
  mentorId: participantId,
  menteeId: participantId,
  skill: skillName,
  kind: pairKind,
  score: z.number(),
  reasons: z.array(z.strictObject({ code: reasonCode, points: z.number(), detail: z.string().optional() })),
});
export type Suggestion = z.infer<typeof suggestion>;

export const unmatched = z.strictObject({
  menteeId: participantId,
  skill: skillName.nullable(),
  code: unmatchedCode,
  detail: z.string().optional(),
});
export type UnmatchedMentee = z.infer<typeof unmatched>;

export const matchMode = z.enum(['optimal', 'stable']);

export const suggestionSet = z.strictObject({
  mode: matchMode,
  pairs: z.array(suggestion),
  total: z.number(),
  unmatched: z.array(unmatched),
  stats: z.strictObject({ candidates: z.number().int(), ms: z.number() }),
});
export type SuggestionSet = z.infer<typeof suggestionSet>;

const pairRef = z.strictObject({ mentorId: participantId, menteeId: participantId });

export const matchContract = {
  matchSuggest: { params: z.strictObject({ mode: matchMode.optional() }), result: suggestionSet },
  matchApply: {
    params: z.strictObject({ pairs: z.array(pairRef.extend({ skill: skillName.nullable() }).strict()).min(1).max(100_000) }),
    result: z.strictObject({ applied: z.number().int(), skipped: z.number().int(), changed }),
  },
  matchReject: { params: pairRef, result: z.strictObject({ changed }) },
  /** The Suggest run in progress: mentees placed out of all, and for how long it has run. */
  matchProgress: {
    params: z.strictObject({}),
    result: z.strictObject({ running: z.boolean(), mode: matchMode.nullable(), done: z.number().int(), total: z.number().int(), ms: z.number() }),
  },
  /** Stops the Suggest run in progress (its request fails with code 'conflict', key match.cancelled). */
  matchCancel: { params: z.strictObject({}), result: z.strictObject({ cancelled: z.boolean() }) },
} as const satisfies Record<string, MethodSpec>;
