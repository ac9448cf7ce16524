import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, toApiError } from '../../dispatch';
import { freshCohort, seed, type TestCohort } from '../../../../tests/support/cohort';

// Cohort settings through the contract: every change validated, undoable, named in History, and seen
// by every reader (the roster's header, the journal weeks, the rules) at once.

let cohort: TestCohort;
beforeEach(() => (cohort = freshCohort()));
afterEach(() => cohort.cleanup());

const update = (patch: unknown) => dispatch(cohort.handlers, 'settingsUpdate', { patch });
const settings = async () => (await cohort.handlers.cohortInfo({})).settings;
const refusal = async (patch: unknown) => {
  try {
    await update(patch);
  } catch (error) {
    return toApiError(error);
  }
  throw new Error(`accepted ${JSON.stringify(patch)}`);
};

describe('cohort settings', () => {
  it('start with no program name and an 8-week phase', async () => {
    expect(await settings()).toMatchObject({ name: '', program: '', language: 'id', startDate: null, duration: 8, durationUnit: 'weeks', groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true });
  });

  it.each([
    [{ duration: 0 }],
    [{ duration: 105 }],
    [{ duration: 25, durationUnit: 'months' }],
    [{ durationUnit: 'days' }],
    [{ weeks: 8 }],
    [{ startDate: '2026-02-30' }],
    [{ startDate: '05/01/2026' }],
    [{ groupSizeLimit: 0 }],
    [{ mentorsPerMentee: 11 }],
    [{ language: 'fr' }],
    [{ program: 'x'.repeat(501) }],
    [{ weights: { skill: 40 } }],
    [{ weights: { skill: -1, preference: 30, region: 10, level: 10, mentorPreference: 10, spread: 5 } }],
    [{ peerSameLevel: 'yes' }],
  ])('refuses %j by the contract and changes nothing', async (patch) => {
    const before = await settings();
    expect((await refusal(patch)).code).toBe('invalid_params');
    expect(await settings()).toEqual(before);
  });

  it('refuses a unit change the duration already set does not fit, in the coordinator’s words', async () => {
    await update({ duration: 30 });
    const refused = await refusal({ durationUnit: 'months' });
    expect(refused).toMatchObject({ code: 'invalid_params', key: 'settings.durationTooLong', params: { weeks: 104, months: 24 } });
    expect(await settings()).toMatchObject({ duration: 30, durationUnit: 'weeks' });
  });

  it('applies a change, names it in History, and undoes and redoes it', async () => {
    const result = await update({ program: 'Program Mentoring Ibu', name: 'Batch 7' });
    expect(result).toMatchObject({ settings: { program: 'Program Mentoring Ibu', name: 'Batch 7' }, changed: ['cohort', 'history'] });
    await update({ program: 'Kelas Bunda' });
    await update({ startDate: '2026-01-05', duration: 8, durationUnit: 'months' });
    await update({ groupSizeLimit: 3, peerSameLevel: false });
    await update({ weights: { skill: 50, preference: 20, region: 0, level: 0, mentorPreference: 0, spread: 10 } });
    const labels = (await cohort.handlers.historyList({})).map((h) => [h.label, h.params]);
    expect(labels).toEqual([
      ['history.settingWeights', {}],
      ['history.settingRules', {}],
      ['history.settingPhase', {}],
      ['history.settingProgram', { value: 'Kelas Bunda' }],
      ['history.settings', {}],
    ]);
    for (let i = 0; i < 4; i++) await cohort.handlers.historyUndo({});
    expect(await settings()).toMatchObject({ program: 'Program Mentoring Ibu', duration: 8, durationUnit: 'weeks', groupSizeLimit: 5, peerSameLevel: true });
    await cohort.handlers.historyRedo({});
    await cohort.handlers.historyRedo({});
    expect(await settings()).toMatchObject({ program: 'Kelas Bunda', startDate: '2026-01-05', durationUnit: 'months' });
  });

  it('reaches every reader at once: roster header, journal weeks, the rules', async () => {
    const ids = seed(cohort.session, [
      { name: 'Siti', kind: 'group', capacity: 4, offers: ['Canva'] },
      { name: 'Nur', kind: 'group', seeks: ['Canva'] },
      { name: 'Ayu', kind: 'group', seeks: ['Canva'] },
    ]);
    await cohort.handlers.pairingAssign({ mentorId: ids.Siti, menteeId: ids.Nur, skill: 'Canva' });
    await update({ program: 'Sekolah Ibu', name: 'Batch 9', language: 'en', startDate: '2026-01-05', duration: 8, durationUnit: 'months', groupSizeLimit: 1 });

    const roster = await cohort.handlers.rosterWhatsApp({});
    expect(roster.all.split('\n').slice(0, 2)).toEqual(['*Sekolah Ibu — Batch 9*', 'Mentoring phase: 5 January 2026 – 4 September 2026 (8 months)']);
    expect((await cohort.handlers.journalGrid({})).weeks).toBe(35);
    const refused = await cohort.handlers.pairingAssign({ mentorId: ids.Siti, menteeId: ids.Ayu, skill: 'Canva' });
    expect(refused).toMatchObject({ ok: false, violations: [{ code: 'group_size', params: { limit: 1 } }] });
  });
});
