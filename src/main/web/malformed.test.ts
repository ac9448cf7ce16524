import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../../../tests/support/cli';
import { rawExchange, rawGet } from '../../../tests/support/rawHttp';
import { serveCohort, type ServedHost } from '../../../tests/support/serve';

// Requests no browser sends but any local process can: each gets a 400, and the host keeps serving.
// The host runs in a process of its own, so a crash shows as a dead host, not as a test-runner error.

const scratch = scratchDir('kupu-malformed-');
let host: ServedHost;
let cookie: string;

beforeAll(async () => {
  host = await serveCohort(scratch.dir, join(scratch.dir, 'cohort.kupu.sqlite'));
  cookie = await host.login();
});
afterAll(async () => {
  await host.stop();
  scratch.remove();
});

const headers = () => ({ Host: `127.0.0.1:${host.port}` });

async function expectServing(): Promise<void> {
  expect(host.process.exitCode, host.stderr()).toBeNull();
  const page = await rawExchange(host.port, rawGet('/', { ...headers(), Cookie: cookie }));
  expect(page.status).toBe(200);
  expect(page.text).toContain('<title>Kupu</title>');
}

describe('malformed requests', () => {
  it.each(['http://[', '//[', 'http://a:b', 'http://:99999/', '//', 'http://127.0.0.1:99999/x', '*', 'example.com:443', '?k=x'])(
    'answers the request target %j with 400, before any secret, and keeps serving',
    async (target) => {
      const outcome = await rawExchange(host.port, rawGet(target, headers()));
      expect(outcome.status).toBe(400);
      await expectServing();
    },
  );

  it.each(['/%', '/%E0%A4%A', '/a%zz', '/%00', '/api/%', '/api/%E0%A4%A', '/%C0%AF', '/..%2F..%2Fetc%2Fpasswd%'])(
    'answers the path %j with 400 for a signed-in page too, and keeps serving',
    async (target) => {
      const outcome = await rawExchange(host.port, rawGet(target, { ...headers(), Cookie: cookie }));
      expect(outcome.status).toBe(400);
      await expectServing();
    },
  );
});
