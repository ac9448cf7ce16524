import { describe, expect, it } from 'vitest';
import { matchOptimal } from './optimal';
import { matchStable } from './stable';
import { cohort, person } from '../../../../tests/support/matching/build';
import type { MatchInput, Unmatched } from './types';

const seeker = (id: string, skills = ['Canva'], fields = {}) => person(id, { seeks: skills, capacity: 0, ...fields });

const cases: Array<{ name: string; input: MatchInput; expected: Unmatched[] }> = [
  { name: 'seeks nothing', input: cohort([person('m', { offers: ['Canva'] })]), expected: [{ menteeId: 'm', skill: null, code: 'seeks_nothing' }] },
  {
    name: 'nobody offers it (their own offer does not count)',
    input: cohort([person('e', { seeks: ['Canva'], offers: ['Canva'] }), person('m', { offers: ['Excel'] })]),
    expected: [
      { menteeId: 'e', skill: 'Canva', code: 'nobody_offers' },
      { menteeId: 'm', skill: null, code: 'seeks_nothing' },
    ],
  },
  {
    name: 'only peer mentors of another level offer it',
    input: cohort([seeker('e', ['Canva'], { level: 'B1', offers: ['Excel'] }), person('p', { kind: 'peer', level: 'B2', offers: ['Canva'], seeks: ['Excel'] })]),
    expected: [
      { menteeId: 'e', skill: 'Canva', code: 'other_level_only' },
      // e offers Excel but has no seats (capacity 0).
      { menteeId: 'p', skill: 'Excel', code: 'all_full' },
    ],
  },
  {
    name: 'every offering mentor declined or rejected',
    input: cohort([seeker('e'), person('a', { offers: ['Canva'], seeks: ['X'] }), person('b', { offers: ['Canva'], seeks: ['X'] })], {
      declined: [{ mentorId: 'a', menteeId: 'e' }],
      rejected: [{ mentorId: 'b', menteeId: 'e' }],
    }),
    expected: [
      { menteeId: 'e', skill: 'Canva', code: 'all_declined' },
      { menteeId: 'a', skill: 'X', code: 'nobody_offers' },
      { menteeId: 'b', skill: 'X', code: 'nobody_offers' },
    ],
  },
  {
    name: 'the rest are closed or full (declines first, then fullness)',
    input: cohort([seeker('e'), seeker('x', []), person('a', { offers: ['Canva'], closed: true }), person('b', { offers: ['Canva'], capacity: 1 }), person('c', { offers: ['Canva'] })], {
      declined: [{ mentorId: 'c', menteeId: 'e' }],
      fixed: [{ mentorId: 'b', menteeId: 'x', skill: null }],
    }),
    expected: [
      { menteeId: 'e', skill: 'Canva', code: 'all_full' },
      { menteeId: 'a', skill: null, code: 'seeks_nothing' },
      { menteeId: 'b', skill: null, code: 'seeks_nothing' },
      { menteeId: 'c', skill: null, code: 'seeks_nothing' },
    ],
  },
  {
    name: 'there was room, but it went to a better-matching mentee',
    input: cohort([person('m', { offers: ['Canva'], capacity: 1 }), seeker('e1', ['Canva'], { preferences: ['m'] }), seeker('e2')]),
    expected: [
      { menteeId: 'm', skill: null, code: 'seeks_nothing' },
      { menteeId: 'e2', skill: 'Canva', code: 'outscored', detail: 'm:e1' },
    ],
  },
  {
    name: 'a second mentor allowed but the second skill unmet',
    input: cohort([person('m', { offers: ['Canva'], seeks: ['Canva'] }), seeker('e', ['Canva', 'Excel'])], { settings: { mentorsPerMentee: 2 } }),
    expected: [
      { menteeId: 'm', skill: 'Canva', code: 'nobody_offers' },
      { menteeId: 'e', skill: 'Excel', code: 'nobody_offers' },
    ],
  },
  {
    name: 'nothing to report for a mentee whose fixed mentor fills the limit',
    input: cohort([person('m', { offers: ['X'] }), seeker('e', ['Canva'])], { fixed: [{ mentorId: 'm', menteeId: 'e', skill: null }] }),
    expected: [{ menteeId: 'm', skill: null, code: 'seeks_nothing' }],
  },
];

describe('explainUnmatched, one reason per uncovered skill', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    const sorted = (list: Unmatched[]) => [...list].sort((a, b) => `${a.menteeId}${a.skill}`.localeCompare(`${b.menteeId}${b.skill}`));
    expect(sorted(matchOptimal(input).unmatched)).toEqual(sorted(expected));
    expect(sorted(matchStable(input).unmatched)).toEqual(sorted(expected));
  });

  it('explains every mentee who seeks something and got nobody, on random cohorts', async () => {
    const { smallCohort } = await import('../../../../tests/support/matching/randomCohort');
    for (let seed = 1; seed <= 100; seed++) {
      const input = smallCohort(seed, { size: 15, skills: 4, levels: 2, regions: 2, maxCapacity: 2, spice: 0.5, maxMentorsPerMentee: 2 });
      const result = matchOptimal(input);
      const served = new Set([...result.pairs.map((p) => p.menteeId), ...input.fixed.map((f) => f.menteeId)]);
      for (const p of input.participants) {
        if (served.has(p.id) || (p.seeks.length > 0 && input.settings.mentorsPerMentee === 0)) continue;
        expect(result.unmatched.some((u) => u.menteeId === p.id), `seed ${seed} ${p.id}`).toBe(true);
      }
    }
  });
});
