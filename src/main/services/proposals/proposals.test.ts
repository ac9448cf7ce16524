import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshCohort, seed, type TestCohort } from '../../../../tests/support/cohort';
import { listHistory, undo } from '../../store/undoLog';

let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
});
afterEach(() => cohort.cleanup());

describe('proposals', () => {
  it('accepting makes the pairing in one undoable step', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'] }, { name: 'Nur', seeks: ['Canva'] }]);
    const h = cohort.handlers;
    const { proposal } = await h.proposalCreate({ menteeId: ids.Nur, mentorId: ids.Siti });
    expect(proposal).toMatchObject({ status: 'pending', skill: 'Canva' });
    const accepted = await h.proposalAccept({ id: proposal.id });
    expect(accepted.ok).toBe(true);
    expect(accepted.changed).toEqual(expect.arrayContaining(['pairings', 'proposals']));
    expect((await h.proposalsList({}))[0].status).toBe('accepted');
    expect(await h.pairingsList({})).toHaveLength(1);
    expect(listHistory(cohort.session.db)[0].label).toBe('history.accept');
    undo(cohort.session.db);
    expect(await h.pairingsList({})).toHaveLength(0);
    expect((await h.proposalsList({}))[0].status).toBe('pending');
  });

  it('a proposal that breaks a rule is refused unless overridden', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Cooking'] }, { name: 'Nur', seeks: ['Canva'] }]);
    const { proposal } = await cohort.handlers.proposalCreate({ menteeId: ids.Nur, mentorId: ids.Siti });
    const refused = await cohort.handlers.proposalAccept({ id: proposal.id });
    expect(refused.ok).toBe(false);
    expect(refused.violations.map((v) => v.code)).toEqual(['skill']);
    expect((await cohort.handlers.proposalsList({}))[0].status).toBe('pending');
    expect((await cohort.handlers.proposalAccept({ id: proposal.id, override: true })).ok).toBe(true);
  });

  it('a declined proposal keeps its reason, is never decided twice, and blocks the pair on the board', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'] }, { name: 'Nur', seeks: ['Canva'] }]);
    const { proposal } = await cohort.handlers.proposalCreate({ menteeId: ids.Nur, mentorId: ids.Siti });
    await cohort.handlers.proposalDecline({ id: proposal.id, reason: 'other', note: 'Sedang cuti' });
    expect((await cohort.handlers.proposalsList({}))[0]).toMatchObject({ status: 'declined', declineReason: 'other', declineNote: 'Sedang cuti' });
    await expect(async () => cohort.handlers.proposalAccept({ id: proposal.id })).rejects.toThrow(/already decided/);
    const check = await cohort.handlers.pairingCheck({ menteeId: ids.Nur, mentorId: ids.Siti });
    expect(check.map((v) => v.code)).toEqual(['declined']);
  });
});
