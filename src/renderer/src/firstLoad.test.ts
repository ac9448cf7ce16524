import { describe, expect, it, vi } from 'vitest';
import { requestCohort } from './firstLoad';

// Each list answers with its own name, so a result shows which calls were made.
vi.mock('./api', () => ({
  api: Object.fromEntries(['cohortInfo', 'participantsList', 'pairingsList', 'proposalsList', 'historyList'].map((name) => [name, vi.fn(async () => name)])),
}));

describe('cohort request', () => {
  it('reads every list for the first load and for a full refresh', async () => {
    expect(await requestCohort()).toEqual(['cohortInfo', 'participantsList', 'pairingsList', 'proposalsList', 'historyList']);
    expect(await requestCohort('all')).toEqual(await requestCohort());
  });

  it.each([
    { topics: ['proposals'] as const, lists: ['cohortInfo', null, null, 'proposalsList', 'historyList'] },
    { topics: ['pairings'] as const, lists: ['cohortInfo', null, 'pairingsList', null, 'historyList'] },
    { topics: ['participants'] as const, lists: ['cohortInfo', 'participantsList', 'pairingsList', null, 'historyList'] },
    { topics: ['skills'] as const, lists: ['cohortInfo', 'participantsList', null, null, 'historyList'] },
  ])('reads only what $topics touches, with info and history always', async ({ topics, lists }) => {
    expect(await requestCohort(topics)).toEqual(lists);
  });
});
