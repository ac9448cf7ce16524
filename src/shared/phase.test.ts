import { describe, expect, it } from 'vitest';
import { journalWeeks, maxDuration, maxJournalWeeks, phaseEnd, type Phase } from './phase';

const phase = (startDate: string | null, duration: number, durationUnit: Phase['durationUnit']): Phase => ({ startDate, duration, durationUnit });

describe('the phase calendar', () => {
  it.each([
    // weeks: the count as given; the end is the day before the same weekday N weeks on
    { p: phase('2026-01-05', 8, 'weeks'), weeks: 8, end: '2026-03-01' },
    { p: phase(null, 8, 'weeks'), weeks: 8, end: null },
    { p: phase('2026-12-07', 1, 'weeks'), weeks: 1, end: '2026-12-13' },
    // months: the weeks the months span, the last one partial
    { p: phase('2026-01-05', 8, 'months'), weeks: 35, end: '2026-09-04' }, // 243 days
    { p: phase('2026-02-01', 1, 'months'), weeks: 4, end: '2026-02-28' }, // 28 days, exactly 4 weeks
    { p: phase('2028-02-01', 1, 'months'), weeks: 5, end: '2028-02-29' }, // leap year: 29 days
    { p: phase('2026-01-31', 1, 'months'), weeks: 4, end: '2026-02-27' }, // to 28 Feb, the month's last day
    { p: phase('2026-11-15', 3, 'months'), weeks: 14, end: '2027-02-14' }, // across the year: 92 days, a partial 14th week
    { p: phase(null, 8, 'months'), weeks: 35, end: null }, // no start yet: average months
    { p: phase('not a date', 2, 'months'), weeks: 9, end: null },
  ])('$p.duration $p.durationUnit from $p.startDate: $weeks journal weeks, ends $end', ({ p, weeks, end }) => {
    expect(journalWeeks(p)).toBe(weeks);
    expect(phaseEnd(p)).toBe(end);
  });

  it('never needs more journal weeks than the contract allows', () => {
    const starts = ['2026-01-31', '2026-03-31', '2027-12-31', '2028-01-01', null];
    for (const start of starts) {
      expect(journalWeeks(phase(start, maxDuration.months, 'months'))).toBeLessThanOrEqual(maxJournalWeeks);
      expect(journalWeeks(phase(start, maxDuration.weeks, 'weeks'))).toBeLessThanOrEqual(maxJournalWeeks);
    }
  });
});
