import { afterEach, describe, expect, it } from 'vitest';
import { contentWithoutHistory, freshCohort, seed, type TestCohort } from '../../../../tests/support/cohort';

const cohorts: TestCohort[] = [];
afterEach(() => cohorts.splice(0).forEach((c) => c.cleanup()));

const rows = (c: TestCohort) => JSON.stringify(contentWithoutHistory(c.session));

describe('applying suggestions', () => {
  it('makes every pairing in one undo step, and redo makes them again exactly', async () => {
    const c = freshCohort();
    cohorts.push(c);
    const people = Array.from({ length: 30 }, (_, i) =>
      i < 10 ? { name: `Mentor ${i}`, offers: ['Canva'], capacity: 3 } : { name: `Mentee ${i}`, seeks: ['Canva'] });
    seed(c.session, people);
    const before = rows(c);
    const suggestions = await c.handlers.matchSuggest({ mode: 'optimal' });
    expect(suggestions.pairs.length).toBe(20);
    const applied = await c.handlers.matchApply({ pairs: suggestions.pairs.map(({ mentorId, menteeId, skill }) => ({ mentorId, menteeId, skill })) });
    expect(applied.applied).toBe(20);
    const after = rows(c);
    expect((await c.handlers.pairingsList({})).length).toBe(20);
    await c.handlers.historyUndo({});
    expect(rows(c)).toBe(before);
    await c.handlers.historyRedo({});
    expect(rows(c)).toBe(after);
  });
});
