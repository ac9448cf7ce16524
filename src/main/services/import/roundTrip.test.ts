import { afterEach, describe, expect, it } from 'vitest';
import { contentWithoutHistory, freshCohort, seed, type TestCohort } from '../../../../tests/support/cohort';

const cohorts: TestCohort[] = [];
afterEach(() => cohorts.splice(0).forEach((c) => c.cleanup()));

function cohort(): TestCohort {
  const fresh = freshCohort();
  cohorts.push(fresh);
  return fresh;
}

/** "Mentor ← Mentee (skill)" for every pairing, sorted. */
async function names(c: TestCohort): Promise<string[]> {
  const people = new Map((await c.handlers.participantsList({})).map((p) => [p.id, p.name]));
  return (await c.handlers.pairingsList({})).map((p) => `${people.get(p.mentorId)} ← ${people.get(p.menteeId)} (${p.skill})`).sort();
}

const rows = (c: TestCohort) => JSON.stringify(contentWithoutHistory(c.session));

const csv = (text: string) => ({ fileName: 'people.csv', data: Buffer.from(text).toString('base64') });

/** A source cohort of five with three pairings, and its export; Rina is there but unpaired. */
async function exportedCohort(format: 'csv' | 'xlsx' = 'csv') {
  const source = cohort();
  const ids = seed(source.session, [
    { name: 'Siti Rahmawati', offers: ['Canva'], capacity: 3 },
    { name: 'Dewi Lestari', offers: ['Mind Mapping'], kind: 'peer', capacity: 1 },
    { name: 'Nur Aisyah', seeks: ['Canva'] },
    { name: 'Lina Marlina', seeks: ['Mind Mapping'] },
    { name: 'Ayu Kartika', seeks: ['Canva'] },
    { name: 'Rina Wati', seeks: ['Canva'] },
  ]);
  const pair = async (mentee: string, mentor: string) =>
    expect((await source.handlers.pairingAssign({ menteeId: ids[mentee], mentorId: ids[mentor] })).ok).toBe(true);
  await pair('Nur Aisyah', 'Siti Rahmawati');
  await pair('Ayu Kartika', 'Siti Rahmawati');
  await pair('Lina Marlina', 'Dewi Lestari');
  return { source, ids, pair, exported: await source.handlers.exportCreate({ format }) };
}

describe('export → import round trip', () => {
  it.each(['csv', 'xlsx'] as const)('a %s export re-imports into a new cohort with the same pairings', async (format) => {
    const { source, exported } = await exportedCohort(format);
    const target = cohort();
    const report = await target.handlers.importCommit(exported);
    expect(report.errors).toEqual([]);
    expect(report.added).toBe(6);
    expect(report.changed).toContain('pairings');
    expect(await names(target)).toEqual(await names(source));
    expect(await names(target)).toHaveLength(3);
  });

  it('a pairing removed by hand stays removed when another file, or a later export, is imported', async () => {
    const { source, ids, exported } = await exportedCohort();
    const target = cohort();
    await target.handlers.importCommit(exported);
    const inTarget = new Map((await target.handlers.participantsList({})).map((p) => [p.name, p.id]));
    await target.handlers.pairingUnassign({ menteeId: inTarget.get('Nur Aisyah') ?? '', mentorId: inTarget.get('Siti Rahmawati') ?? '' });
    const left = ['Dewi Lestari ← Lina Marlina (Mind Mapping)', 'Siti Rahmawati ← Ayu Kartika (Canva)'];
    expect(await names(target)).toEqual(left);

    // An unrelated file: the cohort's older participants still carry "Mentor email", which is not this file's business.
    const unrelated = await target.handlers.importCommit(csv('Full name,Email address\nYanti Susanti,yanti@example.com\n'));
    expect(unrelated).toMatchObject({ committed: true, added: 1 });
    expect(await names(target)).toEqual(left);

    // A later export in which Nur changed another answer: her mentor column did not change, so the board stays as the coordinator left it.
    await source.handlers.participantUpdate({ id: ids['Nur Aisyah'], patch: { phone: '0812-0000-0000' } });
    const later = await target.handlers.importCommit(await source.handlers.exportCreate({ format: 'csv' }));
    expect(later).toMatchObject({ committed: true, updated: 1 });
    expect(await names(target)).toEqual(left);
  });

  it('one undo step takes back the import and its restored pairings; redo brings both back', async () => {
    const { exported } = await exportedCohort();
    const target = cohort();
    const empty = rows(target);
    const historyBefore = (await target.handlers.historyList({})).length;
    await target.handlers.importCommit(exported);
    const imported = rows(target);
    const pairings = await names(target);
    expect(pairings).toHaveLength(3);
    const history = await target.handlers.historyList({});
    expect(history).toHaveLength(historyBefore + 1);
    expect(history[0]).toMatchObject({ label: 'history.import', undone: false });

    expect((await target.handlers.historyUndo({})).entry).toMatchObject({ label: 'history.import' });
    expect(await target.handlers.participantsList({})).toEqual([]);
    expect(await target.handlers.pairingsList({})).toEqual([]);
    expect(rows(target)).toBe(empty);

    expect((await target.handlers.historyRedo({})).entry).toMatchObject({ label: 'history.import' });
    expect(await target.handlers.participantsList({})).toHaveLength(6);
    expect(await names(target)).toEqual(pairings);
    expect(rows(target)).toBe(imported);
  });

  it('re-importing the same export, or a later one, does not duplicate pairings', async () => {
    const { source, pair, exported } = await exportedCohort();
    const target = cohort();
    await target.handlers.importCommit(exported);
    const once = await names(target);
    const historyOnce = (await target.handlers.historyList({})).length;

    expect(await target.handlers.importCommit(exported)).toMatchObject({ committed: true, added: 0, updated: 0, unchanged: 6, changed: [] });
    expect(await names(target)).toEqual(once);
    expect(await target.handlers.historyList({})).toHaveLength(historyOnce);

    // The coordinator pairs Rina by hand, and the source cohort makes the same pairing: the later export lists it.
    const inTarget = new Map((await target.handlers.participantsList({})).map((p) => [p.name, p.id]));
    expect((await target.handlers.pairingAssign({ menteeId: inTarget.get('Rina Wati') ?? '', mentorId: inTarget.get('Siti Rahmawati') ?? '' })).ok).toBe(true);
    await pair('Rina Wati', 'Siti Rahmawati');
    const later = await target.handlers.importCommit(await source.handlers.exportCreate({ format: 'csv' }));
    expect(later).toMatchObject({ committed: true, errors: [], updated: 1 });
    expect(await names(target)).toEqual(await names(source));
    expect(await names(target)).toHaveLength(4);
  });

  it('skips mentors not in the cohort and the row’s own email, and records the rules a pairing breaks as overrides', async () => {
    const target = cohort();
    const report = await target.handlers.importCommit(csv([
      'Full name,Email address,Kind of mentoring,Max mentees,Skills you can mentor,Skills you want to learn,Mentor email',
      'Siti Rahmawati,siti@example.com,Group,1,Canva,,',
      'Ayu Kartika,ayu@example.com,Group,1,,Canva,siti@example.com; ayu@example.com',
      'Nur Aisyah,nur@example.com,Group,1,,Canva,"SITI@example.com, siti@example.com, nobody@example.com"',
      '',
    ].join('\n')));
    expect(report).toMatchObject({ committed: true, errors: [], added: 3 });
    const people = new Map((await target.handlers.participantsList({})).map((p) => [p.id, p.name]));
    const pairings = (await target.handlers.pairingsList({})).map((p) => ({
      mentor: people.get(p.mentorId), mentee: people.get(p.menteeId), overrides: p.overrides, source: p.source,
    }));
    // Siti takes one mentee: the second pairing (counted within this same file) breaks her capacity.
    expect(pairings).toEqual([
      { mentor: 'Siti Rahmawati', mentee: 'Ayu Kartika', overrides: [], source: 'import' },
      { mentor: 'Siti Rahmawati', mentee: 'Nur Aisyah', overrides: ['capacity'], source: 'import' },
    ]);
  });
});
