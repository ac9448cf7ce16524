import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followChanges, followedState } from '../../core/proposals';
import { getSettings } from '../../store/cohortRepo';
import { proposalsToFollow } from '../../store/proposalsRepo';
import type { Proposal } from '../../../shared/domain';
import { contentWithoutHistory, freshCohort, seed, type TestCohort } from '../../../../tests/support/cohort';

// Proposals follow the pairings, whichever path made or removed them, and one undo takes back both.

let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
});
afterEach(() => cohort.cleanup());

const people = [
  { name: 'Siti', offers: ['Canva'], capacity: 2 },
  { name: 'Ayu', offers: ['Canva'], capacity: 2 },
  { name: 'Dewi', offers: ['Canva'], capacity: 2 },
  { name: 'Nur', seeks: ['Canva'] },
  { name: 'Lina', seeks: ['Canva'] },
  { name: 'Rina', seeks: ['Canva'] },
];

/** "mentee→mentor: status (reason or paired with)" for every proposal, in id order. */
async function states(): Promise<string[]> {
  const name = new Map((await cohort.handlers.participantsList({})).map((p) => [p.id, p.name]));
  const why = (p: Proposal) => (p.pairedWith ? ` (${name.get(p.pairedWith)})` : p.declineReason ? ` (${p.declineReason})` : '');
  return (await cohort.handlers.proposalsList({})).map((p) => `${name.get(p.menteeId)}→${name.get(p.mentorId)}: ${p.status}${why(p)}`);
}

async function setUp() {
  const ids = seed(cohort.session, people);
  const h = cohort.handlers;
  for (const [mentee, mentor] of [['Nur', 'Siti'], ['Nur', 'Ayu'], ['Nur', 'Dewi'], ['Lina', 'Siti'], ['Rina', 'Siti']]) {
    await h.proposalCreate({ menteeId: ids[mentee], mentorId: ids[mentor] });
  }
  return { ids, h };
}

const allPending = ['Nur→Siti: pending', 'Nur→Ayu: pending', 'Nur→Dewi: pending', 'Lina→Siti: pending', 'Rina→Siti: pending'];

describe('proposals follow the pairings', () => {
  it('a drop withdraws her other proposals, a move names the new mentor, and unassigning or undoing reopens them', async () => {
    const { ids, h } = await setUp();
    const before = contentWithoutHistory(cohort.session);
    const assigned = await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Ayu });
    expect(assigned.changed).toEqual(expect.arrayContaining(['pairings', 'proposals']));
    expect(await states()).toEqual(['Nur→Siti: withdrawn (Ayu)', 'Nur→Ayu: accepted', 'Nur→Dewi: withdrawn (Ayu)', 'Lina→Siti: pending', 'Rina→Siti: pending']);
    expect((await h.proposalsList({})).filter((p) => p.status === 'withdrawn').every((p) => p.automatic && p.decidedAt)).toBe(true);

    await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Dewi, fromMentorId: ids.Ayu });
    expect(await states()).toEqual(['Nur→Siti: withdrawn (Dewi)', 'Nur→Ayu: withdrawn (Dewi)', 'Nur→Dewi: accepted', 'Lina→Siti: pending', 'Rina→Siti: pending']);

    await h.pairingUnassign({ menteeId: ids.Nur, mentorId: ids.Dewi });
    expect(await states()).toEqual(allPending);

    await h.historyUndo({}); // the unassign
    await h.historyUndo({}); // the move
    expect(await states()).toEqual(['Nur→Siti: withdrawn (Ayu)', 'Nur→Ayu: accepted', 'Nur→Dewi: withdrawn (Ayu)', 'Lina→Siti: pending', 'Rina→Siti: pending']);
    await h.historyUndo({}); // the assignment: one step takes back the pairing and what it settled
    expect(contentWithoutHistory(cohort.session)).toEqual(before);
    expect(await states()).toEqual(allPending);
  });

  it('accepting a proposal withdraws her others in the same undo step', async () => {
    const { h } = await setUp();
    const nurToSiti = (await h.proposalsList({}))[0];
    expect((await h.proposalAccept({ id: nurToSiti.id })).ok).toBe(true);
    expect(await states()).toEqual(['Nur→Siti: accepted', 'Nur→Ayu: withdrawn (Siti)', 'Nur→Dewi: withdrawn (Siti)', 'Lina→Siti: pending', 'Rina→Siti: pending']);
    expect((await h.proposalsList({}))[0].automatic).toBe(false);
    await h.historyUndo({});
    expect(await states()).toEqual(allPending);
  });

  it('a mentor’s last seat filling declines her pending proposals; freeing a seat reopens only those', async () => {
    const { ids, h } = await setUp();
    const rinaToSiti = (await h.proposalsList({}))[4];
    await h.proposalDecline({ id: rinaToSiti.id, reason: 'mentor_full', note: 'Told Rina herself' });
    await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti });
    expect(await states()).toEqual(['Nur→Siti: accepted', 'Nur→Ayu: withdrawn (Siti)', 'Nur→Dewi: withdrawn (Siti)', 'Lina→Siti: pending', 'Rina→Siti: declined (mentor_full)']);
    // Siti's second and last seat: Lina's proposal to her is accepted, nobody else's is left pending.
    await h.pairingAssign({ menteeId: ids.Lina, mentorId: ids.Siti });
    const full = await states();
    expect(full.slice(3)).toEqual(['Lina→Siti: accepted', 'Rina→Siti: declined (mentor_full)']);
    // A new proposal to a full mentor lands declined, and is said so.
    const late = await h.proposalCreate({ menteeId: ids.Rina, mentorId: ids.Siti });
    expect(late.proposal).toMatchObject({ status: 'declined', declineReason: 'mentor_full', automatic: true });
    await h.pairingUnassign({ menteeId: ids.Lina, mentorId: ids.Siti });
    const reopened = await h.proposalsList({});
    expect(reopened.find((p) => p.id === late.proposal.id)?.status).toBe('pending');
    // The coordinator's own decline (same reason) stays: only the board's reopens.
    expect(reopened.find((p) => p.id === rinaToSiti.id)).toMatchObject({ status: 'declined', automatic: false, declineNote: 'Told Rina herself' });
  });

  it('closing a mentor declines her pending proposals; reopening her reopens them, and the board does not count them as declines', async () => {
    const { ids, h } = await setUp();
    await h.pairingAssign({ menteeId: ids.Lina, mentorId: ids.Ayu });
    await h.participantUpdate({ id: ids.Siti, patch: { closed: true } });
    expect(await states()).toEqual([
      'Nur→Siti: declined (mentor_closed)', 'Nur→Ayu: pending', 'Nur→Dewi: pending', 'Lina→Siti: withdrawn (Ayu)', 'Rina→Siti: declined (mentor_closed)',
    ]);
    // The drop onto a closed mentor is warned about as closed, not as a declined proposal.
    expect((await h.pairingCheck({ menteeId: ids.Rina, mentorId: ids.Siti })).map((v) => v.code)).toEqual(['closed']);
    await h.participantUpdate({ id: ids.Siti, patch: { closed: false } });
    expect(await states()).toEqual(['Nur→Siti: pending', 'Nur→Ayu: pending', 'Nur→Dewi: pending', 'Lina→Siti: withdrawn (Ayu)', 'Rina→Siti: pending']);
    await h.participantsUpdate({ ids: [ids.Siti, ids.Dewi], patch: { closed: true } });
    expect((await states()).filter((s) => s.includes('mentor_closed'))).toEqual(['Nur→Siti: declined (mentor_closed)', 'Nur→Dewi: declined (mentor_closed)', 'Rina→Siti: declined (mentor_closed)']);
    await h.historyUndo({});
    expect((await states()).filter((s) => s.includes('mentor_closed'))).toEqual([]);
  });

  it('applying suggestions (Accept all) withdraws the others of everyone it paired, in its one undo step', async () => {
    const { h } = await setUp();
    const before = contentWithoutHistory(cohort.session);
    const suggestions = await h.matchSuggest({ mode: 'optimal' });
    expect(suggestions.pairs).toHaveLength(3);
    await h.matchApply({ pairs: suggestions.pairs.map(({ mentorId, menteeId, skill }) => ({ mentorId, menteeId, skill })) });
    const after = await states();
    expect(after.filter((s) => s.includes('pending'))).toEqual([]);
    expect(after.filter((s) => s.startsWith('Nur')).filter((s) => s.includes('withdrawn'))).toHaveLength(2);
    await h.historyUndo({});
    expect(contentWithoutHistory(cohort.session)).toEqual(before);
    await h.historyRedo({});
    expect(await states()).toEqual(after);
  });

  it('a mentee paired before she proposes: the new proposal lands withdrawn, or accepted if it names her mentor', async () => {
    const ids = seed(cohort.session, people);
    const h = cohort.handlers;
    await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Ayu });
    expect((await h.proposalCreate({ menteeId: ids.Nur, mentorId: ids.Siti })).proposal).toMatchObject({ status: 'withdrawn', pairedWith: ids.Ayu });
    expect((await h.proposalCreate({ menteeId: ids.Nur, mentorId: ids.Ayu })).proposal).toMatchObject({ status: 'accepted', automatic: true });
  });

  it('allowing a second mentor per mentee reopens her withdrawn proposals', async () => {
    const { ids, h } = await setUp();
    await h.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Ayu });
    await h.settingsUpdate({ patch: { mentorsPerMentee: 2 } });
    expect((await states()).slice(0, 3)).toEqual(['Nur→Siti: pending', 'Nur→Ayu: accepted', 'Nur→Dewi: pending']);
    await h.historyUndo({});
    expect((await states()).slice(0, 3)).toEqual(['Nur→Siti: withdrawn (Ayu)', 'Nur→Ayu: accepted', 'Nur→Dewi: withdrawn (Ayu)']);
  });

  it('an imported export that pairs a mentee withdraws her other proposals (the round trip)', async () => {
    const h = cohort.handlers;
    const file = (nursMentor: string) => ({
      fileName: 'export.csv',
      data: Buffer.from([
        'Full name,Email address,Kind of mentoring,Max mentees,Skills you can mentor,Skills you want to learn,Mentor email',
        'Siti,siti@example.com,group,2,Canva,,',
        'Ayu,ayu@example.com,group,2,Canva,,',
        'Dewi,dewi@example.com,group,2,Canva,,',
        `Nur,nur@example.com,group,0,,Canva,${nursMentor}`,
      ].join('\n')).toString('base64'),
    });
    expect((await h.importCommit(file(''))).errors).toEqual([]);
    const ids = Object.fromEntries((await h.participantsList({})).map((p) => [p.name, p.id]));
    for (const mentor of ['Siti', 'Ayu', 'Dewi']) await h.proposalCreate({ menteeId: ids.Nur, mentorId: ids[mentor] });
    expect((await h.importCommit(file('dewi@example.com'))).errors).toEqual([]);
    expect((await h.pairingsList({})).map((p) => [p.menteeId, p.mentorId])).toEqual([[ids.Nur, ids.Dewi]]);
    expect(await states()).toEqual(['Nur→Siti: withdrawn (Dewi)', 'Nur→Ayu: withdrawn (Dewi)', 'Nur→Dewi: accepted']);
    await h.historyUndo({});
    expect(await states()).toEqual(['Nur→Siti: pending', 'Nur→Ayu: pending', 'Nur→Dewi: pending']);
  });
});

describe('proposals stay in line with the board whatever happens', () => {
  it('after every step of random sequences, a full recompute changes nothing', async () => {
    const names = ['A', 'B', 'C', 'D', 'E'];
    const step = fc.oneof(
      fc.record({ op: fc.constant('assign' as const), mentee: fc.nat(4), mentor: fc.nat(4), override: fc.boolean() }),
      fc.record({ op: fc.constant('unassign' as const), pair: fc.nat(20) }),
      fc.record({ op: fc.constant('close' as const), who: fc.nat(4), closed: fc.boolean() }),
      fc.record({ op: fc.constant('capacity' as const), who: fc.nat(4), capacity: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ op: fc.constant('limit' as const), mentorsPerMentee: fc.integer({ min: 1, max: 2 }) }),
      fc.record({ op: fc.constant('propose' as const), mentee: fc.nat(4), mentor: fc.nat(4) }),
      fc.record({ op: fc.constant('undo' as const) }),
      fc.record({ op: fc.constant('redo' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const c = freshCohort();
        try {
          const ids = seed(c.session, names.map((name) => ({ name, capacity: 2, offers: ['Canva'], seeks: ['Canva'] })));
          const id = (i: number) => ids[names[i]];
          const h = c.handlers;
          for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) if (i !== j && (i + j) % 2 === 1) await h.proposalCreate({ menteeId: id(i), mentorId: id(j) });
          for (const s of steps) {
            if (s.op === 'assign' && s.mentee !== s.mentor) await h.pairingAssign({ menteeId: id(s.mentee), mentorId: id(s.mentor), override: s.override });
            if (s.op === 'unassign') {
              const pairings = await h.pairingsList({});
              const gone = pairings[s.pair % Math.max(1, pairings.length)];
              if (gone) await h.pairingUnassign({ mentorId: gone.mentorId, menteeId: gone.menteeId });
            }
            if (s.op === 'close') await h.participantUpdate({ id: id(s.who), patch: { closed: s.closed } });
            if (s.op === 'capacity') await h.participantUpdate({ id: id(s.who), patch: { capacity: s.capacity } });
            if (s.op === 'limit') await h.settingsUpdate({ patch: { mentorsPerMentee: s.mentorsPerMentee } });
            if (s.op === 'propose' && s.mentee !== s.mentor) await h.proposalCreate({ menteeId: id(s.mentee), mentorId: id(s.mentor) });
            if (s.op === 'undo') await h.historyUndo({});
            if (s.op === 'redo') await h.historyRedo({});
            const settings = getSettings(c.session.db);
            const stale = proposalsToFollow(c.session.db, 'all').filter((facts) => {
              const next = followedState(facts, settings);
              return next !== null && followChanges(facts, next);
            });
            expect(stale, `after ${JSON.stringify(s)}`).toEqual([]);
          }
        } finally {
          c.cleanup();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
