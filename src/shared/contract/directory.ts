import { z } from 'zod';
import { directorySettings, mentoringKind, participantId, shortText, skillName } from '../domain';
import { changed, fileResult, type MethodSpec } from './common';

// The mentor directory ("arena"): the list of mentors the participants choose from, and its files.

export const directoryFilter = z.strictObject({
  skill: skillName.optional(),
  region: shortText.optional(),
  level: shortText.optional(),
  kind: z.enum(['peer', 'group']).optional(),
  openOnly: z.boolean().optional(),
});

export const directoryMentor = z.strictObject({
  id: participantId,
  name: shortText,
  nickname: shortText,
  level: shortText,
  region: shortText,
  kind: mentoringKind,
  offers: z.array(skillName),
  about: z.string(),
  capacity: z.number().int(),
  openSeats: z.number().int(),
  status: z.enum(['open', 'full', 'closed']),
  phone: shortText.optional(),
  email: shortText.optional(),
});

export const directoryResult = z.strictObject({
  asOf: z.string(),
  sections: z.array(z.strictObject({ skill: skillName, mentors: z.array(directoryMentor) })),
  mentorCount: z.number().int(),
  language: z.enum(['id', 'en']),
  settings: directorySettings,
  aboutColumn: shortText.nullable(),
  extraColumns: z.array(shortText),
});
export type DirectoryResult = z.infer<typeof directoryResult>;

/** The most posters one directoryPosters call renders into its zip when given mentorIds. */
export const posterBatchMax = 100;

const counted = fileResult.extend({ mentors: z.number().int(), skills: z.number().int() });

export const directoryContract = {
  directoryShow: { params: z.strictObject({ filter: directoryFilter.optional() }), result: directoryResult },
  directoryExport: { params: z.strictObject({ format: z.enum(['html', 'pdf', 'txt']), filter: directoryFilter.optional() }), result: counted },
  directoryWhatsApp: {
    params: z.strictObject({ filter: directoryFilter.optional() }),
    result: z.array(z.strictObject({ skill: skillName, part: z.number().int(), parts: z.number().int(), text: z.string() })),
  },
  /**
   * One mentor's poster (PNG), or in one zip every listed mentor's, or only those of `mentorIds` (a batch:
   * the command line writes a large cohort's posters a hundred at a time, not all of them in one reply).
   */
  directoryPosters: {
    params: z.strictObject({ mentorId: participantId.optional(), mentorIds: z.array(participantId).max(posterBatchMax).optional(), filter: directoryFilter.optional() }),
    result: fileResult.extend({ posters: z.number().int() }),
  },
  directorySettingsUpdate: {
    params: z.strictObject({ patch: directorySettings.partial().strict() }),
    result: z.strictObject({ settings: directorySettings, changed }),
  },
} as const satisfies Record<string, MethodSpec>;
