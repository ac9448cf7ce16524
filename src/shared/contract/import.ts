import { z } from 'zod';
import { importIssue, longText, participantId, shortText } from '../domain';
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

/** One field of one person that an import changes, from its current value to the form's. */
export const fieldChange = z.strictObject({
  participantId,
  participant: shortText,
  field: z.enum(['name', 'nickname', 'email', 'phone', 'region', 'level', 'kind', 'capacity', 'notes', 'extra', 'submittedAt', 'offers', 'seeks', 'preferences']),
  /** For an extra field: its column header. */
  column: shortText.optional(),
  from: longText,
  to: longText,
});
export type FieldChange = z.infer<typeof fieldChange>;

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
  /** Who answered the form more than once: the later answer (row) was kept. */
  duplicateList: z.array(z.strictObject({ name: shortText, keptRow: z.number().int(), droppedRow: z.number().int() })),
  /** The fields this import changes (the first 1000), and how many in all. */
  changes: z.array(fieldChange),
  changesCount: z.number().int(),
  /** Fields matching needs that no column gives (everyone gets the default). */
  missingFields: z.array(fieldKey),
  /** Columns whose values mostly do not read as their field. */
  columnProblems: z.array(z.strictObject({ column: shortText, field: fieldKey, failed: z.number().int(), total: z.number().int() })),
  errors: z.array(importIssue),
  warnings: z.array(importIssue),
  /** After a commit: the cohort's preferred mentors still unresolved (the first 200), and how many in all. */
  unresolved: z.array(unresolvedPreference),
  unresolvedCount: z.number().int(),
  committed: z.boolean(),
  changed,
  /** A committed import: its place in the import history, and when. */
  runId: z.number().int().nullable(),
  committedAt: z.string().nullable(),
});
export type ImportReport = z.infer<typeof importReport>;

export const importRunSummary = z.strictObject({
  id: z.number().int(),
  file: z.string(),
  committedAt: z.string(),
  rows: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  duplicates: z.number().int(),
});
export type ImportRunSummary = z.infer<typeof importRunSummary>;

export const importContract = {
  importPreview: { params: importRequest, result: importReport },
  importCommit: { params: importRequest, result: importReport },
  /** This cohort's last imports, newest first. */
  importHistory: { params: none, result: z.array(importRunSummary) },
  /** One committed import's report, as it was. */
  importRun: { params: z.strictObject({ id: z.number().int().min(1) }), result: importReport },
  /** The coordinator says who a typed preferred mentor is (null: nobody in this cohort, the name is dropped); undoable. */
  preferenceResolve: {
    params: z.strictObject({ menteeId: participantId, rank: z.number().int().min(1).max(20), mentorId: participantId.nullable() }),
    result: z.strictObject({ changed }),
  },
} as const satisfies Record<string, MethodSpec>;
