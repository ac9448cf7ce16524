import { z } from 'zod';
import { pairing, participantId, skillName, violation } from '../domain';
import { changed, none, type MethodSpec } from './common';

export const assignRequest = z.strictObject({
  menteeId: participantId,
  mentorId: participantId,
  /** The mentor the mentee is dragged from, for a move; absent for an assignment from the pool. */
  fromMentorId: participantId.nullable().optional(),
  skill: skillName.nullable().optional(),
  /** Position in the mentor's column. */
  index: z.number().int().min(0).max(10_000).optional(),
  /** The coordinator accepts the overridable rule violations. */
  override: z.boolean().optional(),
});
export type AssignRequest = z.infer<typeof assignRequest>;

export const assignResult = z.strictObject({
  ok: z.boolean(),
  violations: z.array(violation),
  pairing: pairing.nullable(),
  changed,
});
export type AssignResult = z.infer<typeof assignResult>;

export const boardContract = {
  pairingsList: { params: none, result: z.array(pairing) },
  pairingCheck: {
    params: assignRequest.pick({ menteeId: true, mentorId: true, fromMentorId: true, skill: true }).strict(),
    result: z.array(violation),
  },
  pairingAssign: { params: assignRequest, result: assignResult },
  pairingUnassign: {
    params: z.strictObject({ menteeId: participantId, mentorId: participantId }),
    result: z.strictObject({ changed }),
  },
  pairingPin: {
    params: z.strictObject({ menteeId: participantId, mentorId: participantId, pinned: z.boolean() }),
    result: z.strictObject({ changed }),
  },
} as const satisfies Record<string, MethodSpec>;
