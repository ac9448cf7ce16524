import { describe, expect, it } from 'vitest';
import { matchOptimal, matchStable } from '../../core/matching';
import { formCohort } from '../../../../tests/support/matching/formCohort';
import { matchOffThread, type MatchRun } from './offThread';

const run = (mode: MatchRun['mode']): MatchRun => ({ mode, started: Date.now(), done: 0, total: 0, cancel: () => undefined });

describe('matching off the main thread', () => {
  const input = formCohort(16, { size: 4000, skills: 15, regions: 10, levels: 3, tightness: 'balanced', spice: 0.1 });

  it('gives the same result as in this thread, in both modes, with its progress', async () => {
    const optimal = run('optimal');
    const result = await matchOffThread(input, optimal);
    const here = matchOptimal(input);
    expect(result.total).toBe(here.total);
    expect(result.pairs).toEqual(here.pairs);
    expect(result.unmatched).toEqual(here.unmatched);
    expect(optimal.done).toBe(input.participants.length);
    expect((await matchOffThread(input, run('stable'))).pairs).toEqual(matchStable(input).pairs);
  }, 120_000);

  it('stops when cancelled, with the cancelled error', async () => {
    const stable = run('stable');
    const pending = matchOffThread(input, stable);
    stable.cancel();
    await expect(pending).rejects.toMatchObject({ shape: { code: 'conflict', key: 'match.cancelled' } });
  }, 120_000);
});
