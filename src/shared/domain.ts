import { z } from 'zod';
import { dayNumber, maxDuration, type DurationUnit } from './phase';

// Domain schemas: the single source of the shapes that cross the API boundary.
// Every string has a length cap so no caller can push unbounded data through the contract.

export const shortText = z.string().max(500);
export const longText = z.string().max(10_000);
export const participantId = z.string().min(1).max(64);
export const skillName = z.string().min(1).max(200);

export const mentoringKind = z.enum(['peer', 'group', 'both']);
export type MentoringKind = z.infer<typeof mentoringKind>;

export const pairKind = z.enum(['peer', 'group']);
export type PairKind = z.infer<typeof pairKind>;

export const language = z.enum(['id', 'en']);
export type Language = z.infer<typeof language>;

export const weights = z.strictObject({
  skill: z.number().int().min(0).max(1000),
  preference: z.number().int().min(0).max(1000),
  region: z.number().int().min(0).max(1000),
  level: z.number().int().min(0).max(1000),
  mentorPreference: z.number().int().min(0).max(1000),
  spread: z.number().int().min(0).max(1000),
});
export type Weights = z.infer<typeof weights>;
export const defaultWeights: Weights = { skill: 40, preference: 30, region: 10, level: 10, mentorPreference: 10, spread: 5 };

export const durationUnit = z.enum(['weeks', 'months']);

const settingsFields = {
  /** The cohort's own name ("Batch 7"); with the program's, it heads rosters, WhatsApp texts and exports. */
  name: shortText,
  program: shortText,
  /** The language of rosters, WhatsApp texts and exports: the participants', not the coordinator's interface. */
  language,
  startDate: z.iso.date().refine((date) => dayNumber(date) !== null, 'Not a calendar date').nullable(),
  /** The phase lasts `duration` weeks or months; journals are weekly either way (see shared/phase.ts). */
  duration: z.number().int().min(1).max(maxDuration.weeks),
  durationUnit,
  groupSizeLimit: z.number().int().min(1).max(50),
  mentorsPerMentee: z.number().int().min(1).max(10),
  peerSameLevel: z.boolean(),
  allowMutual: z.boolean(),
  weights,
};

const durationFits = (value: { duration?: number; durationUnit?: DurationUnit }, ctx: z.RefinementCtx) => {
  const max = maxDuration[value.durationUnit ?? 'weeks'];
  if (value.duration !== undefined && value.duration > max) {
    ctx.addIssue({ code: 'too_big', origin: 'number', maximum: max, inclusive: true, input: value.duration, path: ['duration'], message: `At most ${max} ${value.durationUnit ?? 'weeks'}` });
  }
};

export const settings = z.strictObject(settingsFields).superRefine(durationFits);
export type Settings = z.infer<typeof settings>;

/** A change to some settings; the whole result is checked again against `settings` before it is saved. */
export const settingsPatch = z.strictObject(settingsFields).partial().superRefine(durationFits);
export type SettingsPatch = z.infer<typeof settingsPatch>;

/** The mentor directory's settings: contacts stay out of every directory file unless turned on. */
export const directorySettings = z.strictObject({
  showContacts: z.boolean(),
  /** The form's column with what mentors wrote about their skills; null: guessed from the headers; '': none. */
  aboutColumn: shortText.nullable(),
});
export type DirectorySettings = z.infer<typeof directorySettings>;

export const participant = z.strictObject({
  id: participantId,
  name: shortText,
  nickname: shortText,
  email: shortText,
  /** E.164 (+6281234567890), or '' when unknown. */
  phone: shortText,
  region: shortText,
  level: shortText,
  kind: mentoringKind,
  capacity: z.number().int().min(0).max(50),
  closed: z.boolean(),
  offers: z.array(skillName).max(100),
  seeks: z.array(skillName).max(100),
  preferences: z.array(participantId).max(20),
  notes: longText,
  extra: z.record(shortText, longText),
  /** When the form was sent: ISO "YYYY-MM-DDTHH:MM:SS" when readable, else as written ('' when absent). */
  submittedAt: shortText,
});
export type Participant = z.infer<typeof participant>;

/**
 * The fields a registration form fills in. The rest of a participant is the cohort's: the id, whether she
 * is closed, and her skills and preferred mentors once resolved (an import carries them as typed).
 */
export type ImportedFields = Pick<Participant, 'name' | 'nickname' | 'email' | 'phone' | 'region' | 'level' | 'kind' | 'capacity' | 'notes' | 'extra' | 'submittedAt'>;

/** Fields a coordinator may edit by hand. */
export const participantPatch = participant
  .pick({ name: true, nickname: true, email: true, phone: true, region: true, level: true, kind: true, capacity: true, closed: true, notes: true })
  .partial()
  .strict();
export type ParticipantPatch = z.infer<typeof participantPatch>;

export const ruleCode = z.enum(['self', 'duplicate', 'capacity', 'closed', 'skill', 'level', 'peer_single', 'group_size', 'mentor_limit', 'declined', 'mutual']);
export type RuleCode = z.infer<typeof ruleCode>;

export const violation = z.strictObject({
  code: ruleCode,
  /** A violation that can never be overridden refuses the drop outright. */
  overridable: z.boolean(),
  params: z.record(z.string().max(50), z.union([z.string().max(500), z.number()])),
});
export type Violation = z.infer<typeof violation>;

export const pairing = z.strictObject({
  id: z.number().int(),
  mentorId: participantId,
  menteeId: participantId,
  skill: skillName.nullable(),
  kind: pairKind,
  sortOrder: z.number(),
  pinned: z.boolean(),
  /** Rules the coordinator knowingly overrode for this pairing; shown as a warning until resolved. */
  overrides: z.array(ruleCode),
  source: z.enum(['manual', 'proposal', 'suggestion', 'import']),
  createdAt: shortText,
});
export type Pairing = z.infer<typeof pairing>;

export const proposalStatus = z.enum(['pending', 'accepted', 'declined', 'withdrawn']);
export type ProposalStatus = z.infer<typeof proposalStatus>;
/** Why a proposal was declined: a coordinator's choice, or (mentor_closed, mentor_full) the board's. */
export const declineReason = z.enum(['skill_mismatch', 'mentor_full', 'mentor_closed', 'other']);
export type DeclineReason = z.infer<typeof declineReason>;
/** The reasons a coordinator records for a mentor; 'mentor_closed' is the board's own. */
export const coordinatorDeclineReason = declineReason.exclude(['mentor_closed']);
export type CoordinatorDeclineReason = z.infer<typeof coordinatorDeclineReason>;

export const proposal = z.strictObject({
  id: z.number().int(),
  menteeId: participantId,
  mentorId: participantId,
  skill: skillName.nullable(),
  status: proposalStatus,
  declineReason: declineReason.nullable(),
  declineNote: shortText,
  /** Settled by Kupu following the board (and settled again as the board changes), not by a coordinator. */
  automatic: z.boolean(),
  /** For a withdrawn proposal: the mentor its mentee was paired with instead. */
  pairedWith: participantId.nullable(),
  createdAt: shortText,
  decidedAt: shortText.nullable(),
});
export type Proposal = z.infer<typeof proposal>;

export const skill = z.strictObject({
  name: skillName,
  spellings: z.array(z.strictObject({ spelling: shortText, count: z.number().int() })),
  offeredBy: z.number().int(),
  soughtBy: z.number().int(),
});
export type Skill = z.infer<typeof skill>;

export const historyEntry = z.strictObject({
  id: z.number().int(),
  label: shortText,
  params: z.record(z.string().max(50), z.union([z.string().max(500), z.number()])),
  createdAt: shortText,
  undone: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

/** Which parts of the cohort a write touched, so every open view can refresh just those. */
export const changeTopic = z.enum(['cohort', 'participants', 'pairings', 'proposals', 'skills', 'history', 'journal']);
export type ChangeTopic = z.infer<typeof changeTopic>;

/** Parameters of a coordinator-facing message (rendered into the catalog's text in either language). */
export const messageParams = z.record(z.string().max(40), z.union([z.string().max(2_000), z.number()]));

export const importIssue = z.strictObject({
  file: shortText,
  row: z.number().int().nullable(),
  column: shortText.nullable(),
  /** The message's catalog key (under `messages.`) and parameters: each side renders it in its language. */
  key: z.string().max(100),
  params: messageParams,
  /** The message in English, for logs and scripts that read the JSON. */
  message: longText,
});
export type ImportIssue = z.infer<typeof importIssue>;
