import { afterEach, describe, expect, it } from 'vitest';
import { freshCohort, seed, type TestCohort } from './testing/cohort';

const cohorts: TestCohort[] = [];
afterEach(() => cohorts.splice(0).forEach((c) => c.cleanup()));

describe('export → import round trip', () => {
  it.each(['csv', 'xlsx'] as const)('a %s export re-imports into a new cohort with the same pairings', async (format) => {
    const source = freshCohort();
    const target = freshCohort();
    cohorts.push(source, target);
    const ids = seed(source.session, [
      { name: 'Siti Rahmawati', offers: ['Canva'], capacity: 3 },
      { name: 'Dewi Lestari', offers: ['Mind Mapping'], kind: 'peer', capacity: 1 },
      { name: 'Nur Aisyah', seeks: ['Canva'] },
      { name: 'Lina Marlina', seeks: ['Mind Mapping'] },
      { name: 'Ayu Kartika', seeks: ['Canva'] },
    ]);
    for (const [mentee, mentor] of [['Nur Aisyah', 'Siti Rahmawati'], ['Ayu Kartika', 'Siti Rahmawati'], ['Lina Marlina', 'Dewi Lestari']]) {
      expect((await source.handlers.pairingAssign({ menteeId: ids[mentee], mentorId: ids[mentor] })).ok).toBe(true);
    }
    const exported = await source.handlers.exportCreate({ format });
    const report = await target.handlers.importCommit({ fileName: exported.fileName, data: exported.data });
    expect(report.errors).toEqual([]);
    expect(report.added).toBe(5);

    const names = async (cohort: TestCohort) => {
      const people = new Map((await cohort.handlers.participantsList({})).map((p) => [p.id, p.name]));
      return (await cohort.handlers.pairingsList({})).map((p) => `${people.get(p.mentorId)} ← ${people.get(p.menteeId)} (${p.skill})`).sort();
    };
    expect(await names(target)).toEqual(await names(source));
    expect(await names(target)).toHaveLength(3);
  });
});
