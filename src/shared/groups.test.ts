import { describe, expect, it } from 'vitest';
import { groupKeyOf, groupsOf, type GroupedPairing } from './groups';

const names: Record<string, string> = { siti: 'Siti', ayu: 'Ayu', dewi: 'Dewi', nur: 'Nur', lina: 'Lina', indah: 'Indah', wulan: 'Wulan' };
const nameOf = (id: string) => names[id] ?? id;
const pair = (mentorId: string, menteeId: string, kind: 'peer' | 'group', skill: string | null = null): GroupedPairing => ({ mentorId, menteeId, kind, skill });
const summary = (pairings: GroupedPairing[]) =>
  groupsOf(pairings, nameOf).map((g) => `${g.kind} ${g.number}: ${g.mentorId} [${g.pairings.map((p) => p.menteeId).join(' ')}] ${g.skills.join('+')}`);

describe('groupsOf', () => {
  it.each([
    { title: 'no pairings, no groups', pairings: [], expected: [] },
    {
      title: 'one group per mentor whatever skill each mentee came for, skills listed once each',
      pairings: [pair('siti', 'nur', 'group', 'Canva'), pair('siti', 'lina', 'group', 'Public Speaking'), pair('siti', 'indah', 'group', ' Canva ')],
      expected: ['group 1: siti [nur lina indah] Canva+Public Speaking'],
    },
    {
      title: 'each peer pair its own unit; groups and pairs numbered apart, in mentor-name order',
      pairings: [pair('siti', 'wulan', 'group'), pair('dewi', 'lina', 'peer', 'Mind Mapping'), pair('ayu', 'nur', 'group'), pair('dewi', 'indah', 'peer')],
      expected: ['group 1: ayu [nur] ', 'peer 1: dewi [indah] ', 'peer 2: dewi [lina] Mind Mapping', 'group 2: siti [wulan] '],
    },
    {
      title: "a mentor's group comes before her peer pairs",
      pairings: [pair('siti', 'wulan', 'peer'), pair('siti', 'nur', 'group')],
      expected: ['group 1: siti [nur] ', 'peer 1: siti [wulan] '],
    },
  ])('$title', ({ pairings, expected }) => {
    expect(summary(pairings)).toEqual(expected);
  });

  it('keys a group by its mentor and a peer pair by both', () => {
    expect(groupKeyOf('group', 'siti', 'nur')).toBe('g:siti');
    expect(groupKeyOf('peer', 'siti', 'nur')).toBe('p:siti:nur');
  });
});
