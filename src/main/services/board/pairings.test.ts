import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sortKeyAt } from './pairings';
import { freshCohort, seed, type TestCohort } from '../../../../tests/support/cohort';

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
  it('assigns, moves, reorders and unassigns, reporting what changed', async () => {
    const ids = seed(cohort.session, [
      { name: 'Siti', offers: ['Canva'] },
      { name: 'Ayu', offers: ['Canva'] },
      { name: 'Nur', seeks: ['Canva'] },
      { name: 'Lina', seeks: ['Canva'] },
    ]);
    const h = cohort.handlers;
    const first = await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti });
    expect(first).toMatchObject({ ok: true, violations: [], pairing: { skill: 'Canva', kind: 'group' } });
    expect(first.changed).toContain('pairings');
    await h.pairingAssign({ menteeId: ids.Lina, mentorId: ids.Siti, index: 0 });
    expect((await h.pairingsList({})).map((p) => p.menteeId)).toEqual([ids.Lina, ids.Nur]);
    await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti, fromMentorId: ids.Siti, index: 0 });
    expect((await h.pairingsList({})).map((p) => p.menteeId)).toEqual([ids.Nur, ids.Lina]);
    await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Ayu, fromMentorId: ids.Siti });
    expect((await h.pairingsList({})).find((p) => p.menteeId === ids.Nur)?.mentorId).toBe(ids.Ayu);
    expect((await h.pairingUnassign({ menteeId: ids.Nur, mentorId: ids.Ayu })).changed).toContain('pairings');
    expect(await h.pairingsList({})).toHaveLength(1);
  });

  it('moves a mentee between two groups of the same mentor by changing the pair’s skill', async () => {
    const ids = seed(cohort.session, [
      { name: 'Siti', offers: ['Canva', 'Cooking'] },
      { name: 'Nur', seeks: ['Canva', 'Cooking'] },
    ]);
    const h = cohort.handlers;
    await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti, skill: 'Canva' });
    const moved = await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti, fromMentorId: ids.Siti, skill: 'Cooking', index: 0 });
    expect(moved).toMatchObject({ ok: true, pairing: { skill: 'Cooking' } });
    expect((await h.pairingsList({})).map((p) => [p.menteeId, p.skill])).toEqual([[ids.Nur, 'Cooking']]);
    await h.historyUndo({});
    expect((await h.pairingsList({})).map((p) => p.skill)).toEqual(['Canva']);
  });

  it('refuses a rule break unless overridden, and flags the override', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Cooking'], capacity: 1 }, { name: 'Nur', seeks: ['Canva'] }]);
    const refused = await cohort.handlers.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti });
    expect(refused).toMatchObject({ ok: false, pairing: null, changed: [] });
    expect(refused.violations.map((v) => v.code)).toEqual(['skill']);
    expect(await cohort.handlers.pairingsList({})).toHaveLength(0);
    const forced = await cohort.handlers.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti, override: true });
    expect(forced.ok).toBe(true);
    expect(forced.pairing?.overrides).toEqual(['skill']);
  });

  it('never allows self-pairing, even with override', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'], seeks: ['Canva'] }]);
    expect((await cohort.handlers.pairingAssign({ menteeId: ids.Siti, mentorId: ids.Siti, override: true })).ok).toBe(false);
  });
});
