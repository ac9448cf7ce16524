import { z } from 'zod';
import { importIssue, skill, skillName } from '../domain';
import { changed, fileData, none, type MethodSpec } from './common';

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
  committed: z.boolean(),
  changed,
});
export type ImportReport = z.infer<typeof importReport>;

export const importContract = {
  importPreview: { params: importRequest, result: importReport },
  importCommit: { params: importRequest, result: importReport },
  skillsList: { params: none, result: z.array(skill) },
  skillMerge: { params: z.strictObject({ from: skillName, into: skillName }), result: z.strictObject({ changed }) },
} as const satisfies Record<string, MethodSpec>;
