import { z } from 'zod';
import {
  changeTopic, historyEntry, importIssue, pairing, participant, participantId, participantPatch, proposal,
  settings, shortText, skill, skillName, violation,
} from './domain';

// The API contract: one entry per method, named noun-then-verb. The handler map (src/main/api.ts),
// the preload bridge, the browser client and the CLI are all driven by these keys.

const none = z.strictObject({});
const changed = z.array(changeTopic);
const filePath = z.string().min(1).max(4096);
/** Spreadsheet bytes travel as base64; 70 MB of base64 is ~50 MB of file, the importer's own cap. */
const fileData = z.string().max(70_000_000);

export const cohortInfo = z.strictObject({
  path: z.string(),
  schemaVersion: z.number().int(),
  settings,
  participants: z.number().int(),
  pairings: z.number().int(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
export type CohortInfo = z.infer<typeof cohortInfo>;

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

export const rosterRequest = z.strictObject({
  paper: z.enum(['A4', 'Letter']).optional(),
  note: z.string().max(2000).optional(),
  filter: z
    .strictObject({
      region: shortText.optional(),
      skill: skillName.optional(),
      mentorIds: z.array(participantId).max(10_000).optional(),
    })
    .optional(),
});

/** A file made by the backend, as base64, for the renderer to save. */
const fileResult = z.strictObject({ fileName: z.string(), data: z.string() });

export const contract = {
  cohortInfo: { params: none, result: cohortInfo },
  cohortOpen: { params: z.strictObject({ path: filePath }), result: cohortInfo },
  cohortCreate: { params: z.strictObject({ path: filePath, name: shortText.optional() }), result: cohortInfo },
  cohortRecent: { params: none, result: z.array(z.string()) },
  settingsUpdate: { params: z.strictObject({ patch: settings.partial().strict() }), result: z.strictObject({ settings, changed }) },

  participantsList: { params: none, result: z.array(participant) },
  participantUpdate: {
    params: z.strictObject({ id: participantId, patch: participantPatch }),
    result: z.strictObject({ participant, changed }),
  },

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

  proposalsList: { params: none, result: z.array(proposal) },

  historyList: { params: z.strictObject({ limit: z.number().int().min(1).max(500).optional() }), result: z.array(historyEntry) },
  historyUndo: { params: none, result: z.strictObject({ entry: historyEntry.nullable(), changed }) },
  historyRedo: { params: none, result: z.strictObject({ entry: historyEntry.nullable(), changed }) },

  importPreview: { params: importRequest, result: importReport },
  importCommit: { params: importRequest, result: importReport },

  skillsList: { params: none, result: z.array(skill) },
  skillMerge: { params: z.strictObject({ from: skillName, into: skillName }), result: z.strictObject({ changed }) },

  rosterHtml: { params: rosterRequest, result: z.strictObject({ html: z.string(), groups: z.number().int() }) },
  rosterPdf: { params: rosterRequest, result: fileResult },
  exportCreate: { params: z.strictObject({ format: z.enum(['csv', 'xlsx']) }), result: fileResult },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Params<M extends MethodName> = z.input<Contract[M]['params']>;
export type Result<M extends MethodName> = z.infer<Contract[M]['result']>;
export type Handlers = { [M in MethodName]: (params: z.infer<Contract[M]['params']>) => Result<M> | Promise<Result<M>> };
/** What the renderer sees: every method, callable over IPC or HTTP alike. */
export type KupuApi = { [M in MethodName]: (params: Params<M>) => Promise<Result<M>> };

export const methodNames = Object.keys(contract) as MethodName[];

/** Errors cross every transport as this shape. */
export const apiError = z.strictObject({
  code: z.enum(['invalid_params', 'not_found', 'refused', 'conflict', 'io', 'internal', 'unknown_method']),
  message: z.string(),
  details: z.array(importIssue).optional(),
});
export type ApiErrorShape = z.infer<typeof apiError>;
