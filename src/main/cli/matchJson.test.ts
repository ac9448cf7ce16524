import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionSet } from '../../shared/contract';
import { createHandlers } from '../api';
import { reasonText, unmatchedText, type TextLanguage } from '../core/matching';
import { openSession } from '../session';
import { repoRoot, runKupu, scratchDir } from '../../../tests/support/cli';
import { benchInput, writeRegistrationCsv } from '../../../tests/support/matching/registrationCsv';
import { writeMatchJson } from './matchJson';

// `kupu match --json` writes its document in pieces; what it writes is what one JSON.stringify of the
// whole document, pretty-printed, would be.

/** The document `kupu match --json` stands for, as a plain object. */
function matchDocument(set: SuggestionSet, language: TextLanguage, applied: number | null) {
  return {
    mode: set.mode,
    pairs: set.pairs.map((p) => ({
      mentor: p.mentorId, mentee: p.menteeId, skill: p.skill, kind: p.kind, score: p.score,
      reasons: p.reasons.map((r) => ({ label: reasonText(r, language), points: r.points, code: r.code })),
    })),
    total: set.total,
    unmatched: set.unmatched.map((u) => ({ mentee: u.menteeId, skill: u.skill, reason: unmatchedText(u, language), code: u.code })),
    applied,
    stats: set.stats,
  };
}

/** A stream that keeps what it is given; `slow` makes every write ask the writer to wait for 'drain'. */
function collector(slow = false) {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: slow ? 1 : 16_384,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      if (slow) setTimeout(done, 0);
      else done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8'), writes: () => chunks.length };
}

const pair = (i: number, reasons: SuggestionSet['pairs'][number]['reasons']): SuggestionSet['pairs'][number] => ({
  mentorId: `p_mentor${i}`, menteeId: `p_mentee${i}`, skill: 'Canva', kind: 'peer', score: reasons.reduce((sum, r) => sum + r.points, 0), reasons,
});
const skillReason = { code: 'skill', points: 40, detail: 'Canva' } as const;
const set = (over: Partial<SuggestionSet>): SuggestionSet => ({ mode: 'optimal', pairs: [], total: 0, unmatched: [], stats: { candidates: 0, ms: 3 }, ...over });
const many = Array.from({ length: 9000 }, (_, i) => pair(i, [skillReason, { code: 'region', points: 10, detail: `Region ${i % 25}` }]));

describe('writeMatchJson', () => {
  it.each<[string, SuggestionSet, TextLanguage, number | null]>([
    ['nothing to suggest', set({}), 'en', null],
    ['one pair, no reasons, applied', set({ pairs: [pair(1, [])], total: 0 }), 'en', 1],
    ['reasons in Indonesian', set({ pairs: [pair(1, [skillReason, { code: 'level', points: 10, detail: 'Batch 5' }])], total: 50 }), 'id', null],
    ['text that JSON must escape', set({
      pairs: [{ ...pair(2, [{ code: 'region', points: 10, detail: 'Jl. "Merdeka"\\ 5\nBandung \u2028 😊' }]), skill: 'Desain "Grafis" \\ Canva\t' }],
      total: 10,
    }), 'en', null],
    ['unmatched mentees, with and without a skill', set({
      mode: 'stable',
      unmatched: [
        { menteeId: 'p_a', skill: null, code: 'seeks_nothing' },
        { menteeId: 'p_b', skill: 'Tahsin', code: 'outscored', detail: 'Bu Siti:Rina,Dewi' },
        { menteeId: 'p_c', skill: 'Baking', code: 'all_full' },
      ],
      stats: { candidates: 12, ms: 0, exact: false } as SuggestionSet['stats'],
    }), 'id', 0],
    ['an entry longer than a whole chunk', set({ pairs: [pair(1, []), { ...pair(2, []), skill: 'é'.repeat(400_000) }, pair(3, [])] }), 'en', null],
    ['thousands of pairs, written in several chunks', set({ pairs: many, total: 450_000 }), 'en', null],
  ])('%s: the same bytes as JSON.stringify(document, null, 2)', async (_label, suggestions, language, applied) => {
    const out = collector();
    await writeMatchJson(out.stream, suggestions, language, applied);
    expect(out.text()).toBe(`${JSON.stringify(matchDocument(suggestions, language, applied), null, 2)}\n`);
  });

  it('writes a large document in chunks and waits for a slow reader', async () => {
    const out = collector(true);
    const suggestions = set({ pairs: many, total: 450_000 });
    await writeMatchJson(out.stream, suggestions, 'en', null);
    expect(out.writes()).toBeGreaterThan(1);
    expect(JSON.parse(out.text())).toEqual(matchDocument(suggestions, 'en', null));
  });

  it('stops, without waiting for ever, when the reader closes the stream', async () => {
    // A reader that takes one piece and then goes away, as `head` does.
    const stream = new Writable({ highWaterMark: 1, write: (_chunk, _encoding, callback) => setImmediate(callback) });
    stream.once('drain', () => stream.destroy());
    await writeMatchJson(stream, set({ pairs: many, total: 450_000 }), 'en', null);
    expect(stream.destroyed).toBe(true);
  });
});

describe('kupu match --json on an imported cohort', () => {
  const { dir, remove } = scratchDir('kupu-match-json-');
  afterAll(remove);
  const db = join(dir, 'cohort.sqlite');
  const csv = join(dir, 'form-loose-2500.csv');

  beforeAll(() => {
    writeRegistrationCsv(benchInput('form-loose', 2500), csv);
    expect(runKupu(dir, 'import', csv, '--db', db, '--json').code).toBe(0);
  });

  it.each(['optimal', 'stable'] as const)('%s: stdout, read through a pipe, parses to what the handler returns', async (mode) => {
    const run = runKupu(dir, 'match', '--db', db, '--mode', mode, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Over a megabyte: many times what a pipe holds at once, so the reader had to drain it as it came.
    expect(run.stdout.length).toBeGreaterThan(1 << 20);
    const written = JSON.parse(run.stdout);

    const session = openSession(db);
    try {
      const handlers = createHandlers(session, { matchInThread: true });
      const expected = matchDocument(await handlers.matchSuggest({ mode }), (await handlers.cohortInfo({})).settings.language, null);
      expect({ ...written, stats: { ...written.stats, ms: 0 } }).toEqual({ ...expected, stats: { ...expected.stats, ms: 0 } });
    } finally {
      session.close();
    }
  });

  it('ends quietly when the reader stops early (kupu match --json | head)', async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'kupu.mjs'), 'match', '--db', db, '--json'], {
      cwd: repoRoot, env: { ...process.env, LANG: 'C.UTF-8', KUPU_HOME: join(dir, 'home') },
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    // The first piece, then the pipe closes: the rest of the 2,500 people's document has nowhere to go.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
