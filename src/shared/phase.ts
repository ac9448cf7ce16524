// The mentoring phase's calendar: a start date and a length in weeks or in months. Journals are weekly
// whatever the unit, so an 8-month phase has a journal for each of the weeks those months span.
// Dates are YYYY-MM-DD calendar days, computed in UTC so no time zone can shift a day.

export type DurationUnit = 'weeks' | 'months';

export interface Phase {
  startDate: string | null;
  duration: number;
  durationUnit: DurationUnit;
}

export const maxDuration: Readonly<Record<DurationUnit, number>> = { weeks: 104, months: 24 };

const dayMs = 86_400_000;
/** Average days in a month, for a phase in months that has no start date yet. */
const daysPerMonth = 365.25 / 12;

/** The day number (days since 1970-01-01) of a valid YYYY-MM-DD date, else null. */
export function dayNumber(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(time).toISOString().startsWith(isoDate) ? Math.round(time / dayMs) : null;
}

export function isoDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The same day `months` months later, or the month's last day when it is shorter (31 Jan + 1 month = 28/29 Feb). */
function addMonths(day: number, months: number): number {
  const date = new Date(day * dayMs);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / dayMs);
}

/** The phase's last day (YYYY-MM-DD), or null without a valid start date. */
export function phaseEnd(phase: Phase): string | null {
  const start = phase.startDate ? dayNumber(phase.startDate) : null;
  if (start === null) return null;
  const next = phase.durationUnit === 'weeks' ? start + phase.duration * 7 : addMonths(start, phase.duration);
  return isoDay(next - 1);
}

/** How many weekly journals the phase has: its weeks, or the weeks its months span (the last one may be partial). */
export function journalWeeks(phase: Phase): number {
  const duration = Math.max(1, Math.floor(phase.duration));
  if (phase.durationUnit === 'weeks') return duration;
  const start = phase.startDate ? dayNumber(phase.startDate) : null;
  const days = start === null ? duration * daysPerMonth : addMonths(start, duration) - start;
  return Math.ceil(days / 7);
}

/** The most weekly journals any phase can have (24 months from a 31-day month's start: 105 weeks). */
export const maxJournalWeeks = Math.ceil((maxDuration.months * daysPerMonth + 2) / 7);
