import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSummary, runCrashTests } from './scenarios';

// The small version of `npm run test:crash`: four SIGKILLs spread over one import (2,000 rows here, to
// stay fast; the full run imports 50,000 and covers apply, migration and backup too).

describe('crash safety', () => {
  it('an import killed at any moment leaves a healthy cohort with all of it or none of it', async () => {
    const summaries = await runCrashTests({
      dir: mkdtempSync(join(tmpdir(), 'kupu-crash-')),
      rows: 2_000,
      kills: 4,
      pairs: 0,
      scenarios: ['import'],
      seed: 2026,
      log: () => undefined,
    });
    console.log(formatSummary(summaries));
    expect(summaries[0].failures).toEqual([]);
    expect(summaries[0].runs).toBe(4);
  }, 90_000);
});
