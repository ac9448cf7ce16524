import { z } from 'zod';
import { pairKind, participantId, shortText, skillName } from '../domain';
import { maxJournalWeeks } from '../phase';
import { changed, fileData, none, type MethodSpec } from './common';

// The weekly journal tracker: one row per pair or group ("unit"), one column per week of the phase.

/** 'p:<mentorId>:<menteeId>' for a peer pair, 'g:<mentorId>' for all of a mentor's group mentees. */
export const journalUnitKey = z.string().min(3).max(200);
export const weekNumber = z.number().int().min(1).max(maxJournalWeeks);

export const journalUnit = z.strictObject({
  unit: journalUnitKey,
  mentorId: participantId,
  menteeIds: z.array(participantId),
  kind: pairKind,
  skill: skillName.nullable(),
});
export type JournalUnit = z.infer<typeof journalUnit>;

export const journalCell = z.strictObject({
  unit: journalUnitKey,
  week: weekNumber,
  link: z.string(),
  recordedAt: z.string(),
});
export type JournalCell = z.infer<typeof journalCell>;

export const weekSummary = z.strictObject({ week: weekNumber, submitted: z.number().int(), expected: z.number().int() });
export type WeekSummary = z.infer<typeof weekSummary>;

export const journalGrid = z.strictObject({
  units: z.array(journalUnit),
  weeks: weekNumber,
  startDate: z.string().nullable(),
  /** The week today falls in: 0 before the start, weeks + 1 after the end, null without a start date. */
  currentWeek: z.number().int().nullable(),
  /** The first day (YYYY-MM-DD) of each week, for column headers; [] without a start date. */
  weekStarts: z.array(z.string()),
  cells: z.array(journalCell),
  summary: z.array(weekSummary),
});
export type JournalGrid = z.infer<typeof journalGrid>;

export const journalUnmatchedReason = z.enum(['no_person', 'unknown', 'ambiguous', 'no_unit', 'several_units', 'no_week', 'week_range']);
export type JournalUnmatchedReason = z.infer<typeof journalUnmatchedReason>;

export const journalImportReport = z.strictObject({
  file: z.string(),
  /** Data rows read (blank rows not counted). */
  rows: z.number().int(),
  matched: z.number().int(),
  added: z.number().int(),
  alreadyIn: z.number().int(),
  unmatched: z.array(
    z.strictObject({
      /** Spreadsheet row number, as the coordinator sees it in Excel or Google Sheets. */
      row: z.number().int(),
      /** The name or number as typed. */
      who: z.string(),
      week: z.number().int().nullable(),
      reason: journalUnmatchedReason,
      /** Names of the candidates for 'ambiguous' / 'several_units', the week count for 'week_range'. */
      detail: z.string(),
    }),
  ),
  changed,
});
export type JournalImportReport = z.infer<typeof journalImportReport>;

export const journalBehindRow = z.strictObject({
  unit: journalUnitKey,
  mentor: z.string(),
  mentorPhone: z.string(),
  mentees: z.array(z.string()),
  missingWeeks: z.array(weekNumber),
});
export type JournalBehindRow = z.infer<typeof journalBehindRow>;

export const journalsContract = {
  journalGrid: { params: none, result: journalGrid },
  journalTick: {
    params: z.strictObject({ unit: journalUnitKey, week: weekNumber, submitted: z.boolean(), link: z.string().max(2000).optional() }),
    result: z.strictObject({ changed }),
  },
  journalImport: {
    params: z.strictObject({ fileName: shortText.min(1), data: fileData }),
    result: journalImportReport,
  },
  journalBehind: {
    /** Weeks 1..week count; by default the weeks already over (before the current one). */
    params: z.strictObject({ week: weekNumber.optional() }),
    result: z.strictObject({
      /** The last week counted; null when no week can be counted yet (no start date). */
      throughWeek: z.number().int().nullable(),
      rows: z.array(journalBehindRow),
      whatsapp: z.string(),
      csv: z.string(),
    }),
  },
} as const satisfies Record<string, MethodSpec>;

export type JournalCellState = 'done' | 'overdue' | 'current' | 'future' | 'open';

/**
 * The one rule for how a cell reads, shared by the backend's lists and the renderer's grid: a week is
 * overdue once the next week has begun without a journal; without a start date no week is judged.
 */
export function journalCellState(week: number, submitted: boolean, currentWeek: number | null): JournalCellState {
  if (submitted) return 'done';
  if (currentWeek === null) return 'open';
  if (week < currentWeek) return 'overdue';
  return week === currentWeek ? 'current' : 'future';
}
