import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCohort, type TestCohort } from '../../../tests/support/cohort';
import { startWebHost, type WebHost } from './server';
import { sessionIdleMs } from './sessions';

let cohort: TestCohort;
let host: WebHost;
let rendererDir: string;
let cookie: string;

/** Opens the printed address as a browser does; returns the Cookie header the host granted. */
async function login(target: WebHost): Promise<string> {
  const res = await send(`/?k=${target.secret}`, { headers: { Host: `127.0.0.1:${target.port}` } }, target);
  return String(res.headers['set-cookie']).split(';')[0];
}

beforeAll(async () => {
  cohort = freshCohort();
  rendererDir = mkdtempSync(join(tmpdir(), 'kupu-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Kupu</title>');
  host = await startWebHost({ handlers: cohort.handlers, rendererDir });
  cookie = await login(host);
});
afterAll(async () => {
  await host.close();
  cohort.cleanup();
  rmSync(rendererDir, { recursive: true, force: true });
});

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}, target = host) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: target.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const good = () => ({ Host: `127.0.0.1:${host.port}`, Cookie: cookie, 'Content-Type': 'application/json' });

describe('browser host', () => {
  it('listens on the loopback address only', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('trades the secret in the address for a session token in an HTTP-only same-site cookie named for its port', async () => {
    const res = await send(`/?k=${host.secret}`, { headers: { Host: `127.0.0.1:${host.port}` } });
    expect(res.status).toBe(303);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly; SameSite=Strict/);
    const [name, value] = setCookie.split(';')[0].split('=');
    expect(name).toBe(`kupu_session_${host.port}`);
    expect(value).not.toContain(host.secret);
    expect(value).toMatch(/^[\w-]{32,}$/);
    // Each opening of the address is a session of its own.
    expect(await login(host)).not.toBe(`${name}=${value}`);
    expect((await send('/?k=wrong', { headers: { Host: `127.0.0.1:${host.port}` } })).status).toBe(403);
  });

  it.each([
    { name: 'the secret itself as the cookie', cookie: () => `kupu_session_${host.port}=${host.secret}` },
    { name: 'the secret in the old, port-less cookie', cookie: () => `kupu_session=${host.secret}` },
    { name: "this host's token under another port's name", cookie: () => `kupu_session_${host.port + 1}=${cookie.split('=')[1]}` },
  ])('refuses $name', async ({ cookie: offered }) => {
    const res = await send('/api/participantsList', { method: 'POST', headers: { ...good(), Cookie: offered() }, body: '{}' });
    expect(res.status).toBe(401);
  });

  it('tells a page without a session what to do, in both languages on a page load and by key to its API calls', async () => {
    const page = await send('/', { headers: { Host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(401);
    expect(page.body).toContain('Open the address that `kupu serve` printed.');
    expect(page.body).toContain('Buka alamat yang dicetak oleh `kupu serve`.');
    const api = await send('/api/participantsList', { method: 'POST', headers: { ...good(), Cookie: '' }, body: '{}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body).error).toMatchObject({ code: 'refused', key: 'api.noSession' });
  });

  it('ends a session left unused for the idle limit, and keeps one in use', async () => {
    let now = 1_000_000;
    const clocked = await startWebHost({ handlers: cohort.handlers, rendererDir, now: () => now });
    try {
      const session = await login(clocked);
      const call = () => send('/api/participantsList', { method: 'POST', headers: { Host: `127.0.0.1:${clocked.port}`, Cookie: session, 'Content-Type': 'application/json' }, body: '{}' }, clocked);
      for (let hour = 0; hour < 30; hour += 6) {
        now += 6 * 3_600_000;
        expect((await call()).status).toBe(200);
      }
      now += sessionIdleMs + 1;
      expect((await call()).status).toBe(401);
    } finally {
      await clocked.close();
    }
  });

  it.each([
    { name: 'no secret', headers: { Host: '127.0.0.1:PORT', 'Content-Type': 'application/json' }, status: 401 },
    { name: 'wrong session', headers: { Host: '127.0.0.1:PORT', Cookie: 'kupu_session_PORT=nope', 'Content-Type': 'application/json' }, status: 401 },
    { name: 'DNS rebinding host', headers: { Host: 'evil.example:PORT', Cookie: 'SECRET', 'Content-Type': 'application/json' }, status: 421 },
    { name: 'foreign origin', headers: { Host: '127.0.0.1:PORT', Origin: 'http://evil.example', Cookie: 'SECRET', 'Content-Type': 'application/json' }, status: 403 },
    { name: 'cross-site fetch', headers: { Host: '127.0.0.1:PORT', 'Sec-Fetch-Site': 'cross-site', Cookie: 'SECRET', 'Content-Type': 'application/json' }, status: 403 },
  ])('refuses an API call with $name', async ({ headers, status }) => {
    const resolved = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replaceAll('PORT', String(host.port)).replace('SECRET', cookie)]));
    const res = await send('/api/participantsList', { method: 'POST', headers: resolved, body: '{}' });
    expect(res.status).toBe(status);
  });

  it('answers its own page, with the CSP', async () => {
    const res = await send('/api/participantsList', { method: 'POST', headers: good(), body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, result: [] });
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    const page = await send('/', { headers: good() });
    expect(page.body).toContain('<title>Kupu</title>');
  });

  it('returns a validation error, not a crash, for bad input', async () => {
    const res = await send('/api/pairingAssign', { method: 'POST', headers: good(), body: '{"menteeId": 5}' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('invalid_params');
    const garbage = await send('/api/pairingAssign', { method: 'POST', headers: good(), body: '{not json' });
    expect(garbage.status).toBe(400);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await send('/../../etc/passwd', { headers: good() });
    expect(res.body).not.toContain('root:');
  });
});
