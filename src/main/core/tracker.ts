import { journalCellState, type JournalUnit, type WeekSummary } from '../../shared/contract/journals';
import { groupKeyOf, groupsOf, type GroupedPairing } from '../../shared/groups';
import { dayNumber, isoDay } from '../../shared/phase';

// The weekly journal tracker over plain data: which pairs/groups ("units") exist, which week today
// falls in, what is overdue, the per-week summary and who is behind.

export type UnitPairing = GroupedPairing;

export interface JournalMark {
  unit: string;
  week: number;
}

/** A peer pair is its own unit; all of a mentor's group mentees write one journal together. */
export const unitKey = groupKeyOf;

/**
 * Units from pairings: the groups and peer pairs of src/shared/groups.ts, in its order (by mentor name,
 * a mentor's group before their peer pairs, peer pairs by mentee name). Mentees keep their board order.
 */
export function unitsFromPairings(pairings: readonly UnitPairing[], nameOf: (id: string) => string): JournalUnit[] {
  return groupsOf(pairings, nameOf).map((g) => ({
    unit: g.key,
    mentorId: g.mentorId,
    menteeIds: g.pairings.map((p) => p.menteeId),
    kind: g.kind,
    skill: g.skills.length > 0 ? g.skills.join(', ') : null,
  }));
}

/**
 * The week `today` falls in (week 1 is the start date and the six days after it): 0 before the
 * start, weeks + 1 once the phase is over, null without a (valid) start date. Dates are YYYY-MM-DD.
 */
export function currentWeek(startDate: string | null, today: string, weeks: number): number | null {
  const start = startDate ? dayNumber(startDate) : null;
  const now = dayNumber(today);
  if (start === null || now === null) return null;
  if (now < start) return 0;
  return Math.min(Math.floor((now - start) / 7) + 1, weeks + 1);
}

/** The first day of `week` (YYYY-MM-DD), for the grid's column headers. */
export function weekStart(startDate: string, week: number): string | null {
  const start = dayNumber(startDate);
  return start === null ? null : isoDay(start + (week - 1) * 7);
}

function markSet(marks: readonly JournalMark[]): Set<string> {
  return new Set(marks.map((m) => `${m.unit}\u0000${m.week}`));
}

/** Per week: how many of the units have their journal in, out of how many. */
export function weekSummaries(units: readonly Pick<JournalUnit, 'unit'>[], marks: readonly JournalMark[], weeks: number): WeekSummary[] {
  const live = new Set(units.map((u) => u.unit));
  const submitted = new Array<number>(weeks + 1).fill(0);
  for (const key of markSet(marks)) {
    const [unit, week] = key.split('\u0000');
    const w = Number(week);
    if (live.has(unit) && w >= 1 && w <= weeks) submitted[w]++;
  }
  return Array.from({ length: weeks }, (_, i) => ({ week: i + 1, submitted: submitted[i + 1], expected: units.length }));
}

/** The last week "who is behind" counts by default: the weeks already over. Null without a start date. */
export function defaultThroughWeek(current: number | null, weeks: number): number | null {
  return current === null ? null : Math.min(Math.max(current - 1, 0), weeks);
}

/** Units missing a journal in weeks 1..throughWeek, in the units' order, with the weeks they miss. */
export function behindUnits<U extends Pick<JournalUnit, 'unit'>>(
  units: readonly U[],
  marks: readonly JournalMark[],
  throughWeek: number,
): Array<{ unit: U; missingWeeks: number[] }> {
  const done = markSet(marks);
  const behind: Array<{ unit: U; missingWeeks: number[] }> = [];
  for (const unit of units) {
    const missingWeeks: number[] = [];
    for (let week = 1; week <= throughWeek; week++) if (!done.has(`${unit.unit}\u0000${week}`)) missingWeeks.push(week);
    if (missingWeeks.length > 0) behind.push({ unit, missingWeeks });
  }
  return behind;
}

/** How many of a unit's weeks are overdue today (the same rule as the grid's red cells). */
export function overdueWeeks(unit: string, marks: readonly JournalMark[], weeks: number, current: number | null): number[] {
  const done = markSet(marks.filter((m) => m.unit === unit));
  const overdue: number[] = [];
  for (let week = 1; week <= weeks; week++) {
    if (journalCellState(week, done.has(`${unit}\u0000${week}`), current) === 'overdue') overdue.push(week);
  }
  return overdue;
}
