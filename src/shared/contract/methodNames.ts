import type { MethodName } from './index';

// Generated from the contract by src/preload/generateMethodNames.ts (also run by `electron-vite build`).
// The contract's method names without zod, which the sandboxed preload and the renderer's first screen
// would otherwise bundle whole.
// `satisfies` rejects a name the contract lacks; _AllCovered fails type checking when one is missing.

export const contractMethodNames = [
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
  'importHistory',
  'importRun',
  'preferenceResolve',
  'skillsList',
  'skillMerge',
  'skillRename',
  'skillSplit',
  'skillsNotSame',
  'skillsSuggest',
  'vocabularyExport',
  'vocabularyImport',
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
  'matchProgress',
  'matchCancel',
  'proposalsList',
  'proposalCreate',
  'proposalsFromPreferences',
  'proposalAccept',
  'proposalDecline',
  'backupList',
  'backupCreate',
  'backupRestore',
  'directoryShow',
  'directoryExport',
  'directoryWhatsApp',
  'directoryPosters',
  'directorySettingsUpdate',
] as const satisfies readonly MethodName[];

/** A type error here names the contract methods missing from the list above: regenerate this file. */
type AssertNever<T extends never> = T;
export type _AllCovered = AssertNever<Exclude<MethodName, (typeof contractMethodNames)[number]>>;
