import { z } from 'zod';
import { changeTopic, importIssue, messageParams } from '../domain';

export const none = z.strictObject({});
export const changed = z.array(changeTopic);
export const filePath = z.string().min(1).max(4096);
/** Spreadsheet bytes travel as base64; 70 MB of base64 is ~50 MB of file, the importer's own cap. */
export const fileData = z.string().max(70_000_000);
/** A file made by the backend, as base64, for the renderer to save. */
export const fileResult = z.strictObject({ fileName: z.string(), data: z.string() });

/** One method: the schema of its params (validated before any handler runs) and of its result. */
export interface MethodSpec {
  params: z.ZodType;
  result: z.ZodType;
}

/** Handlers for one domain's slice of the contract. */
export type HandlersFor<C extends Record<string, MethodSpec>> = {
  [M in keyof C]: (params: z.infer<C[M]['params']>) => z.infer<C[M]['result']> | Promise<z.infer<C[M]['result']>>;
};

/** Errors cross every transport as this shape. */
export const apiError = z.strictObject({
  code: z.enum(['invalid_params', 'not_found', 'refused', 'conflict', 'io', 'internal', 'unknown_method']),
  /** In English; `key` and `params`, when present, let the receiver say it in the coordinator's language. */
  message: z.string(),
  key: z.string().max(100).optional(),
  params: messageParams.optional(),
  details: z.array(importIssue).optional(),
});
export type ApiErrorShape = z.infer<typeof apiError>;
