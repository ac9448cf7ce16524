import { z } from 'zod';
import { importIssue, participantId, shortText } from '../domain';
import { changed, fileData, type MethodSpec } from './common';

export const fieldKey = z.enum([
  'submittedAt', 'email', 'name', 'nickname', 'phone', 'region', 'level', 'offers', 'seeks', 'kind', 'capacity',
  'preference', 'notes',
]);
export type FieldKey = z.infer<typeof fieldKey>;

/** Column header -> field (null = keep as an extra field). */
export const columnMapping = z.record(z.string().max(500), fieldKey.nullable());

export const importRequest = z.strictObject({
  fileName: z.string().min(1).max(500),
  data: fileData,
  sheet: z.string().max(200).optional(),
  mapping: columnMapping.optional(),
});

/** A preferred mentor typed on the form that names nobody, or several people, for the coordinator to pick. */
export const unresolvedPreference = z.strictObject({
  menteeId: participantId,
  menteeName: shortText,
  /** Spreadsheet row in this import's file; null when it came from an earlier import. */
  row: z.number().int().nullable(),
  rank: z.number().int().min(1),
  typed: shortText,
  /** Who the name may mean (empty: nobody by that name). */
  candidates: z.array(z.strictObject({ id: participantId, name: shortText })),
});
export type UnresolvedPreference = z.infer<typeof unresolvedPreference>;

export const importReport = z.strictObject({
  file: z.string(),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  headers: z.array(z.string()),
  mapping: columnMapping,
  preview: z.array(z.record(z.string(), z.string())),
  rows: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  duplicates: z.number().int(),
  errors: z.array(importIssue),
  warnings: z.array(importIssue),
  /** After a commit: the cohort's preferred mentors still unresolved (the first 200), and how many in all. */
  unresolved: z.array(unresolvedPreference),
  unresolvedCount: z.number().int(),
  committed: z.boolean(),
  changed,
});
export type ImportReport = z.infer<typeof importReport>;

export const importContract = {
  importPreview: { params: importRequest, result: importReport },
  importCommit: { params: importRequest, result: importReport },
  /** The coordinator says who a typed preferred mentor is (null: nobody in this cohort, the name is dropped); undoable. */
  preferenceResolve: {
    params: z.strictObject({ menteeId: participantId, rank: z.number().int().min(1).max(20), mentorId: participantId.nullable() }),
    result: z.strictObject({ changed }),
  },
} as const satisfies Record<string, MethodSpec>;
