import { describe, expect, it } from 'vitest';
import { journalCellState } from '../../shared/contract/journals';
import { behindUnits, currentWeek, defaultThroughWeek, overdueWeeks, unitKey, unitsFromPairings, weekStart, weekSummaries, type UnitPairing } from './tracker';

const names: Record<string, string> = { siti: 'Siti', dewi: 'Dewi', ayu: 'Ayu', nur: 'Nur', lina: 'Lina', indah: 'Indah', wulan: 'Wulan' };
const nameOf = (id: string) => names[id] ?? id;
const pair = (mentorId: string, menteeId: string, kind: 'peer' | 'group', skill: string | null = null): UnitPairing => ({ mentorId, menteeId, kind, skill });

describe('unitsFromPairings', () => {
  it.each([
    { title: 'no pairings, no units', pairings: [], expected: [] },
    {
      title: 'a peer pair is its own unit',
      pairings: [pair('dewi', 'lina', 'peer', 'Mind Mapping')],
      expected: [{ unit: 'p:dewi:lina', mentorId: 'dewi', menteeIds: ['lina'], kind: 'peer', skill: 'Mind Mapping' }],
    },
    {
      title: "a mentor's group mentees form one unit, skills joined once each",
      pairings: [pair('siti', 'nur', 'group', 'Canva'), pair('siti', 'indah', 'group', 'Canva'), pair('siti', 'wulan', 'group', 'Public Speaking')],
      expected: [{ unit: 'g:siti', mentorId: 'siti', menteeIds: ['nur', 'indah', 'wulan'], kind: 'group', skill: 'Canva, Public Speaking' }],
    },
    {
      title: 'sorted by mentor name, a group before the same mentor’s peer pairs, peer pairs by mentee',
      pairings: [pair('siti', 'wulan', 'peer'), pair('siti', 'indah', 'peer'), pair('siti', 'nur', 'group'), pair('ayu', 'lina', 'group')],
      expected: [
        { unit: 'g:ayu', mentorId: 'ayu', menteeIds: ['lina'], kind: 'group', skill: null },
        { unit: 'g:siti', mentorId: 'siti', menteeIds: ['nur'], kind: 'group', skill: null },
        { unit: 'p:siti:indah', mentorId: 'siti', menteeIds: ['indah'], kind: 'peer', skill: null },
        { unit: 'p:siti:wulan', mentorId: 'siti', menteeIds: ['wulan'], kind: 'peer', skill: null },
      ],
    },
  ])('$title', ({ pairings, expected }) => {
    expect(unitsFromPairings(pairings as UnitPairing[], nameOf)).toEqual(expected);
  });

  it('keys units the way the journal table stores them', () => {
    expect(unitKey('peer', 'a', 'b')).toBe('p:a:b');
    expect(unitKey('group', 'a', 'b')).toBe('g:a');
  });
});

describe('currentWeek', () => {
  it.each([
    { start: null, today: '2026-12-10', weeks: 8, expected: null },
    { start: 'not a date', today: '2026-12-10', weeks: 8, expected: null },
    { start: '2026-02-30', today: '2026-12-10', weeks: 8, expected: null },
    { start: '2026-12-07', today: '2026-12-06', weeks: 8, expected: 0 },
    { start: '2026-12-07', today: '2026-12-07', weeks: 8, expected: 1 },
    { start: '2026-12-07', today: '2026-12-13', weeks: 8, expected: 1 },
    { start: '2026-12-07', today: '2026-12-14', weeks: 8, expected: 2 },
    { start: '2026-12-07', today: '2027-01-31', weeks: 8, expected: 8 },
    { start: '2026-12-07', today: '2027-02-01', weeks: 8, expected: 9 },
    { start: '2026-12-07', today: '2027-12-01', weeks: 8, expected: 9 },
    { start: '2027-03-01', today: '2027-03-29', weeks: 8, expected: 5 }, // across February (no leap day)
  ])('$start, today $today, $weeks weeks -> $expected', ({ start, today, weeks, expected }) => {
    expect(currentWeek(start, today, weeks)).toBe(expected);
  });

  it.each([
    { start: '2026-12-07', week: 1, expected: '2026-12-07' },
    { start: '2026-12-07', week: 4, expected: '2026-12-28' },
    { start: '2026-12-07', week: 5, expected: '2027-01-04' },
  ])('week $week starts on $expected', ({ start, week, expected }) => expect(weekStart(start, week)).toBe(expected));
});

describe('cell state and overdue', () => {
  it.each([
    { week: 1, submitted: true, current: 3, expected: 'done' },
    { week: 1, submitted: false, current: 3, expected: 'overdue' },
    { week: 2, submitted: false, current: 3, expected: 'overdue' },
    { week: 3, submitted: false, current: 3, expected: 'current' },
    { week: 4, submitted: false, current: 3, expected: 'future' },
    { week: 4, submitted: true, current: 3, expected: 'done' },
    { week: 1, submitted: false, current: 0, expected: 'future' },
    { week: 8, submitted: false, current: 9, expected: 'overdue' },
    { week: 1, submitted: false, current: null, expected: 'open' },
  ])('week $week, submitted $submitted, current week $current -> $expected', ({ week, submitted, current, expected }) => {
    expect(journalCellState(week, submitted, current)).toBe(expected);
  });

  it.each([
    { current: null, expected: [] },
    { current: 1, expected: [] },
    { current: 4, expected: [2, 3] },
    { current: 9, expected: [2, 3, 4, 5, 6, 7, 8] },
  ])('overdue weeks of a unit with week 1 in, current week $current', ({ current, expected }) => {
    expect(overdueWeeks('g:siti', [{ unit: 'g:siti', week: 1 }, { unit: 'g:ayu', week: 2 }], 8, current)).toEqual(expected);
  });
});

describe('weekSummaries', () => {
  const units = [{ unit: 'g:siti' }, { unit: 'p:dewi:lina' }, { unit: 'g:rina' }];
  it.each([
    { title: 'nothing in', marks: [], expected: [0, 0, 0] },
    { title: 'counts per week', marks: [{ unit: 'g:siti', week: 1 }, { unit: 'p:dewi:lina', week: 1 }, { unit: 'g:rina', week: 3 }], expected: [2, 0, 1] },
    { title: 'a vanished unit and a week past the end do not count', marks: [{ unit: 'g:gone', week: 1 }, { unit: 'g:siti', week: 4 }], expected: [0, 0, 0] },
    { title: 'a duplicate counts once', marks: [{ unit: 'g:siti', week: 2 }, { unit: 'g:siti', week: 2 }], expected: [0, 1, 0] },
  ])('$title', ({ marks, expected }) => {
    expect(weekSummaries(units, marks, 3)).toEqual(expected.map((submitted, i) => ({ week: i + 1, submitted, expected: 3 })));
  });
});

describe('who is behind', () => {
  const units = [{ unit: 'g:siti' }, { unit: 'p:dewi:lina' }, { unit: 'g:rina' }];
  const marks = [{ unit: 'g:siti', week: 1 }, { unit: 'g:siti', week: 2 }, { unit: 'p:dewi:lina', week: 2 }];
  it.each([
    { through: 0, expected: [] },
    { through: 1, expected: [{ unit: 'p:dewi:lina', missingWeeks: [1] }, { unit: 'g:rina', missingWeeks: [1] }] },
    { through: 3, expected: [{ unit: 'g:siti', missingWeeks: [3] }, { unit: 'p:dewi:lina', missingWeeks: [1, 3] }, { unit: 'g:rina', missingWeeks: [1, 2, 3] }] },
  ])('through week $through', ({ through, expected }) => {
    expect(behindUnits(units, marks, through).map(({ unit, missingWeeks }) => ({ unit: unit.unit, missingWeeks }))).toEqual(expected);
  });

  it.each([
    { current: null, weeks: 8, expected: null },
    { current: 0, weeks: 8, expected: 0 },
    { current: 1, weeks: 8, expected: 0 },
    { current: 4, weeks: 8, expected: 3 },
    { current: 9, weeks: 8, expected: 8 },
  ])('by default counts the weeks already over (current $current of $weeks)', ({ current, weeks, expected }) => {
    expect(defaultThroughWeek(current, weeks)).toBe(expected);
  });
});
