import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runKupu, scratchDir } from '../../../tests/support/cli';
import { seededRandom } from '../../../tests/support/matching/randomCohort';
import { fuzzRequest, type FuzzIdentity } from '../../../tests/support/rawFuzz';
import { rawExchange, rawGet } from '../../../tests/support/rawHttp';
import { serveCohort, type ServedHost } from '../../../tests/support/serve';
import { contentHash } from '../store/inspect';

// Raw requests against a real `kupu serve` on 127.0.0.1: whatever arrives, the host answers with a
// status (or hangs up on a request that was cut off), keeps serving its page, and writes nothing.
// Bounded: a fixed number of requests, a few at a time, and a deadline that ends the run early on a
// loaded machine (the count actually sent is checked against a floor).

const requests = 2_000;
const inParallel = 8;
const deadlineMs = 25_000;
const seed = 1_717;

const scratch = scratchDir('kupu-rawfuzz-');
const dbPath = join(scratch.dir, 'cohort.kupu.sqlite');
let host: ServedHost;
let id: FuzzIdentity;

/** What the cohort holds and which files lie beside it, read without writing (a second reader, as WAL allows). */
function fingerprint() {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return {
      content: contentHash(db),
      history: db.prepare('SELECT count(*) AS n FROM history').get(),
      files: readdirSync(scratch.dir).filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm')).sort(),
      // The host's own daily backup may land at any moment after it opened the cohort; no request makes it.
      backups: readdirSync(`${dbPath}.backups`).filter((name) => !name.includes('-daily.')).sort(),
    };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  const imported = runKupu(scratch.dir, 'import', join(repoRoot, 'tests', 'fixtures', 'cohort-small.csv'), '--db', dbPath);
  expect(imported.code, imported.stderr).toBe(0);
  host = await serveCohort(scratch.dir, dbPath);
  id = { port: host.port, secret: host.secret, cookie: await host.login() };
});
afterAll(async () => {
  await host?.stop();
  scratch.remove();
});

describe('browser host, raw-request fuzz', () => {
  it('answers every raw request or hangs up on it, keeps serving, and writes nothing', async () => {
    const before = fingerprint();
    const random = seededRandom(seed);
    const deadline = Date.now() + deadlineMs;
    const failures: string[] = [];
    const statuses = new Map<string, number>();
    let sent = 0;
    while (sent < requests && Date.now() < deadline) {
      const batch = Array.from({ length: Math.min(inParallel, requests - sent) }, () => fuzzRequest(random, id));
      sent += batch.length;
      await Promise.all(batch.map(async (request, index) => {
        const shown = JSON.stringify(request.bytes.toString('latin1').slice(0, 160));
        try {
          const { status } = await rawExchange(host.port, request.bytes, { cutOff: request.cutOff, timeoutMs: 10_000 });
          const key = status === null ? 'hung up' : String(status);
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          if (status === null && !request.cutOff) failures.push(`#${sent - batch.length + index}: no status for whole request ${shown}`);
          if (status !== null && status >= 500) failures.push(`#${sent - batch.length + index}: ${status} for ${shown}`);
        } catch (error) {
          failures.push(`#${sent - batch.length + index}: ${(error as Error).message}`);
        }
      }));
      if (host.process.exitCode !== null) break;
    }
    expect(host.process.exitCode, `the host died: ${host.stderr()}`).toBeNull();
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(200);

    const page = await rawExchange(host.port, rawGet('/', { Host: `127.0.0.1:${host.port}`, Cookie: id.cookie }));
    expect(page.status).toBe(200);
    const list = await rawExchange(host.port, `POST /api/participantsList HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nCookie: ${id.cookie}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    expect(list.status).toBe(200);
    const after = fingerprint();
    expect(after.files, 'files beside the cohort').toEqual(before.files);
    expect(after.backups, 'backups').toEqual(before.backups);
    expect(after.history, 'history entries').toEqual(before.history);
    expect(after.content, 'cohort content').toEqual(before.content);
    // Proof the fuzz reached past the guard and through it, not only into refusals.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining(['200', '400', '401', '404', '405', '431']));
  });
});
