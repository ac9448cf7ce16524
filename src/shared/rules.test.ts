import { describe, expect, it } from 'vitest';
import type { RuleCode } from './domain';
import { checkAssignment, pairKey, type RuleContext, type RuleParticipant } from './rules';

const person = (id: string, patch: Partial<RuleParticipant> = {}): RuleParticipant => ({
  id, level: 'B7', kind: 'group', capacity: 2, closed: false, offers: ['Canva'], seeks: ['Canva'], ...patch,
});

function context(people: RuleParticipant[], pairings: Array<[string, string]> = [], patch: Partial<RuleContext> = {}): RuleContext {
  return {
    participants: new Map(people.map((p) => [p.id, p])),
    pairings: pairings.map(([mentorId, menteeId]) => ({ mentorId, menteeId })),
    declined: new Set(),
    settings: { groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: true },
    ...patch,
  };
}

const codes = (ctx: RuleContext, menteeId: string, mentorId: string, fromMentorId: string | null = null) =>
  checkAssignment(ctx, { menteeId, mentorId, fromMentorId }).map((v) => v.code);

describe('assignment rules', () => {
  const table: Array<{ name: string; ctx: RuleContext; mentee: string; mentor: string; from?: string; expected: RuleCode[] }> = [
    { name: 'a clean group assignment', ctx: context([person('m'), person('e')]), mentee: 'e', mentor: 'm', expected: [] },
    { name: 'self-pairing', ctx: context([person('m')]), mentee: 'm', mentor: 'm', expected: ['self'] },
    { name: 'already paired', ctx: context([person('m'), person('e')], [['m', 'e']]), mentee: 'e', mentor: 'm', expected: ['duplicate'] },
    { name: 'closed mentor', ctx: context([person('m', { closed: true }), person('e')]), mentee: 'e', mentor: 'm', expected: ['closed'] },
    { name: 'over capacity', ctx: context([person('m', { capacity: 1 }), person('a'), person('e')], [['m', 'a']]), mentee: 'e', mentor: 'm', expected: ['capacity'] },
    { name: 'group size limit', ctx: context([person('m', { capacity: 9 }), ...'abcdf'.split('').map((x) => person(x)), person('e')], 'abcdf'.split('').map((x) => ['m', x])), mentee: 'e', mentor: 'm', expected: ['group_size'] },
    { name: 'skill not offered', ctx: context([person('m', { offers: ['Cooking'] }), person('e')]), mentee: 'e', mentor: 'm', expected: ['skill'] },
    { name: 'peer at another level', ctx: context([person('m', { kind: 'peer' }), person('e', { level: 'B8' })]), mentee: 'e', mentor: 'm', expected: ['level'] },
    { name: 'peer takes one mentee', ctx: context([person('m', { kind: 'peer' }), person('a'), person('e')], [['m', 'a']]), mentee: 'e', mentor: 'm', expected: ['peer_single'] },
    { name: 'mentee already has a mentor', ctx: context([person('m'), person('n'), person('e')], [['n', 'e']]), mentee: 'e', mentor: 'm', expected: ['mentor_limit'] },
    { name: 'moving keeps the limit', ctx: context([person('m'), person('n'), person('e')], [['n', 'e']]), mentee: 'e', mentor: 'm', from: 'n', expected: [] },
    { name: 'declined before', ctx: context([person('m'), person('e')], [], { declined: new Set([pairKey('m', 'e')]) }), mentee: 'e', mentor: 'm', expected: ['declined'] },
    {
      name: 'mutual pair when forbidden',
      ctx: context([person('m'), person('e')], [['e', 'm']], { settings: { groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: false } }),
      mentee: 'e', mentor: 'm', expected: ['mutual'],
    },
  ];
  it.each(table)('$name', ({ ctx, mentee, mentor, from, expected }) => {
    expect(codes(ctx, mentee, mentor, from ?? null)).toEqual(expected);
  });

  it('only self-pairing and duplicates can never be overridden', () => {
    const ctx = context([person('m', { closed: true, offers: ['X'] }), person('e')]);
    expect(checkAssignment(ctx, { menteeId: 'e', mentorId: 'm' }).every((v) => v.overridable)).toBe(true);
    expect(checkAssignment(ctx, { menteeId: 'm', mentorId: 'm' })[0].overridable).toBe(false);
  });
});
