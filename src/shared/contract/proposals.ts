import { z } from 'zod';
import { coordinatorDeclineReason, participantId, proposal, shortText, skillName } from '../domain';
import { changed, none, type MethodSpec } from './common';
import { assignResult } from './board';

export const proposalsContract = {
  proposalsList: { params: none, result: z.array(proposal) },
  proposalCreate: {
    params: z.strictObject({ menteeId: participantId, mentorId: participantId, skill: skillName.nullable().optional() }),
    result: z.strictObject({ proposal, changed }),
  },
  /** Turns every mentee's preferred mentors from the form into pending proposals (skipping those already recorded). */
  proposalsFromPreferences: { params: none, result: z.strictObject({ created: z.number().int(), changed }) },
  proposalAccept: {
    params: z.strictObject({ id: z.number().int().min(1), override: z.boolean().optional() }),
    result: assignResult,
  },
  proposalDecline: {
    params: z.strictObject({ id: z.number().int().min(1), reason: coordinatorDeclineReason, note: shortText.optional() }),
    result: z.strictObject({ changed }),
  },
} as const satisfies Record<string, MethodSpec>;
