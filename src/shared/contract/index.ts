import type { z } from 'zod';
import { backupContract } from './backup';
import { boardContract } from './board';
import { cohortContract } from './cohort';
import { directoryContract } from './directory';
import { importContract } from './import';
import { journalsContract } from './journals';
import { matchContract } from './match';
import { rostersContract } from './rosters';
import { proposalsContract } from './proposals';
import { reviewContract } from './review';
import { skillsContract } from './skills';

// The API contract: one entry per method, named noun-then-verb, one module per domain. The handler map
// (src/main/api.ts), the preload bridge, the browser client and the CLI are all driven by these keys.

export const contract = {
  ...cohortContract,
  ...boardContract,
  ...importContract,
  ...skillsContract,
  ...journalsContract,
  ...rostersContract,
  ...matchContract,
  ...proposalsContract,
  ...reviewContract,
  ...backupContract,
  ...directoryContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Params<M extends MethodName> = z.input<Contract[M]['params']>;
export type Result<M extends MethodName> = z.infer<Contract[M]['result']>;
export type Handlers = { [M in MethodName]: (params: z.infer<Contract[M]['params']>) => Result<M> | Promise<Result<M>> };
/** What the renderer sees: every method, callable over IPC or HTTP alike. */
export type KupuApi = { [M in MethodName]: (params: Params<M>) => Promise<Result<M>> };

export const methodNames = Object.keys(contract) as MethodName[];

export * from './backup';
export * from './board';
export * from './cohort';
export * from './common';
export * from './directory';
export * from './import';
export * from './journals';
export * from './match';
export * from './rosters';
export * from './proposals';
export * from './review';
export * from './skills';
