import type { MethodName } from '../shared/contract';

// Generated from src/shared/contract.ts by generateMethodNames.ts (also run by `electron-vite build`).
// The contract's method names without zod, which the sandboxed preload would otherwise bundle whole.
// `satisfies` rejects a name the contract lacks; _AllCovered fails type checking when one is missing.

export const preloadMethodNames = [
  'cohortInfo',
  'cohortOpen',
  'cohortCreate',
  'cohortRecent',
  'settingsUpdate',
  'participantsList',
  'participantUpdate',
  'participantsUpdate',
  'historyList',
  'historyUndo',
  'historyRedo',
  'pairingsList',
  'pairingCheck',
  'pairingAssign',
  'pairingUnassign',
  'pairingPin',
  'importPreview',
  'importCommit',
  'skillsList',
  'skillMerge',
  'preferenceResolve',
  'journalGrid',
  'journalTick',
  'journalImport',
  'journalBehind',
  'rosterHtml',
  'rosterPdf',
  'rosterWhatsApp',
  'exportCreate',
  'matchSuggest',
  'matchApply',
  'matchReject',
  'proposalsList',
  'proposalCreate',
  'proposalsFromPreferences',
  'proposalAccept',
  'proposalDecline',
  'backupList',
  'backupCreate',
  'backupRestore',
] as const satisfies readonly MethodName[];

/** A type error here names the contract methods missing from the list above: regenerate this file. */
type AssertNever<T extends never> = T;
export type _AllCovered = AssertNever<Exclude<MethodName, (typeof preloadMethodNames)[number]>>;
