import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sortKeyAt } from './board';
import { freshCohort, seed, type TestCohort } from './testing/cohort';

let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
});
afterEach(() => cohort.cleanup());

describe('sortKeyAt', () => {
  it.each([
    { keys: [], index: 0, expected: 1 },
    { keys: [1, 2], index: 0, expected: 0 },
    { keys: [1, 2], index: 1, expected: 1.5 },
    { keys: [1, 2], index: 2, expected: 3 },
    { keys: [1, 2], index: 9, expected: 3 },
  ])('$keys at $index', ({ keys, index, expected }) => expect(sortKeyAt(keys, index)).toBe(expected));
});

describe('board operations', () => {
  it('assigns, moves, reorders and unassigns, reporting what changed', () => {
    const ids = seed(cohort.session, [
      { name: 'Siti', offers: ['Canva'] },
      { name: 'Ayu', offers: ['Canva'] },
      { name: 'Nur', seeks: ['Canva'] },
      { name: 'Lina', seeks: ['Canva'] },
    ]);
    const h = cohort.handlers;
    const first = h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti });
    expect(first).toMatchObject({ ok: true, violations: [], pairing: { skill: 'Canva', kind: 'group' } });
    expect(first.changed).toContain('pairings');
    h.pairingAssign({ menteeId: ids.Lina, mentorId: ids.Siti, index: 0 });
    expect(h.pairingsList().map((p) => p.menteeId)).toEqual([ids.Lina, ids.Nur]);
    h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti, fromMentorId: ids.Siti, index: 0 });
    expect(h.pairingsList().map((p) => p.menteeId)).toEqual([ids.Nur, ids.Lina]);
    h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Ayu, fromMentorId: ids.Siti });
    expect(h.pairingsList().find((p) => p.menteeId === ids.Nur)?.mentorId).toBe(ids.Ayu);
    expect(h.pairingUnassign({ menteeId: ids.Nur, mentorId: ids.Ayu }).changed).toContain('pairings');
    expect(h.pairingsList()).toHaveLength(1);
  });

  it('refuses a rule break unless overridden, and flags the override', () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Cooking'], capacity: 1 }, { name: 'Nur', seeks: ['Canva'] }]);
    const refused = cohort.handlers.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti });
    expect(refused).toMatchObject({ ok: false, pairing: null, changed: [] });
    expect(refused.violations.map((v) => v.code)).toEqual(['skill']);
    expect(cohort.handlers.pairingsList()).toHaveLength(0);
    const forced = cohort.handlers.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti, override: true });
    expect(forced.ok).toBe(true);
    expect(forced.pairing?.overrides).toEqual(['skill']);
  });

  it('never allows self-pairing, even with override', () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'], seeks: ['Canva'] }]);
    expect(cohort.handlers.pairingAssign({ menteeId: ids.Siti, mentorId: ids.Siti, override: true }).ok).toBe(false);
  });
});
