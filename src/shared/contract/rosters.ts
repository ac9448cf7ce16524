import { z } from 'zod';
import { pairKind, participantId, shortText, skillName } from '../domain';
import { fileResult, type MethodSpec } from './common';

export const paper = z.enum(['A4', 'Letter']);
export type Paper = z.infer<typeof paper>;

export const rosterRequest = z.strictObject({
  paper: paper.optional(),
  note: z.string().max(2000).optional(),
  filter: z
    .strictObject({
      region: shortText.optional(),
      skill: skillName.optional(),
      mentorIds: z.array(participantId).max(10_000).optional(),
    })
    .optional(),
});
export type RosterRequest = z.infer<typeof rosterRequest>;
/** Which groups to print. Every given criterion must hold; an empty filter keeps all groups. */
export type GroupFilter = NonNullable<RosterRequest['filter']>;

export const rostersContract = {
  rosterHtml: { params: rosterRequest, result: z.strictObject({ html: z.string(), groups: z.number().int() }) },
  rosterPdf: { params: rosterRequest, result: fileResult },
  rosterWhatsApp: {
    params: rosterRequest,
    result: z.strictObject({
      groups: z.array(z.strictObject({ mentorId: z.string(), mentor: z.string(), kind: pairKind, mentees: z.number().int(), text: z.string() })),
      all: z.string(),
      /** The whole cohort in messages WhatsApp accepts (one when it fits), each with its first and last group. */
      messages: z.array(z.strictObject({ text: z.string(), from: z.number().int(), to: z.number().int() })),
    }),
  },
  exportCreate: { params: z.strictObject({ format: z.enum(['csv', 'xlsx']) }), result: fileResult },
} as const satisfies Record<string, MethodSpec>;
