import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCohort, type TestCohort } from '../../../tests/support/cohort';
import { rawExchange, rawGet } from '../../../tests/support/rawHttp';
import { bodyLimits, bodyLimitOf } from './bodies';
import { startWebHost, type WebHost } from './server';

// API bodies: a declared size over the method's limit is refused from its Content-Length, before one
// byte of it is read; a chunked body is cut off at the limit; and the bytes all requests may hold at
// once are bounded, so a few concurrent uploads cannot grow the host's memory without end.

let cohort: TestCohort;
let host: WebHost;
let rendererDir: string;
let cookie: string;

beforeAll(async () => {
  cohort = freshCohort();
  rendererDir = mkdtempSync(join(tmpdir(), 'kupu-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Kupu</title>');
  host = await startWebHost({ handlers: cohort.handlers, rendererDir });
  const login = await rawExchange(host.port, rawGet(`/?k=${host.secret}`, { Host: `127.0.0.1:${host.port}` }));
  cookie = /\r\nset-cookie: ([^;\r\n]+)/i.exec(login.text)?.[1] ?? '';
});
afterAll(async () => {
  await host.close();
  cohort.cleanup();
  rmSync(rendererDir, { recursive: true, force: true });
});

const head = (method: string, framing: string) =>
  `POST /api/${method} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\n${framing}\r\n`;

/** Opens a request that declares `length` bytes and sends only its headers; the host answers or waits. */
function openUpload(method: string, length: number): { socket: Socket; answer: Promise<string> } {
  const socket = connect({ host: '127.0.0.1', port: host.port });
  let text = '';
  const answer = new Promise<string>((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n\r\n')) resolve(text);
    });
    socket.on('close', () => resolve(text));
    socket.on('error', () => resolve(text));
  });
  socket.write(head(method, `Content-Length: ${length}\r\n`));
  return { socket, answer };
}

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), ms))]);

describe('API bodies', () => {
  it('gives file uploads the importer\'s room and every other method a small limit', () => {
    expect(bodyLimitOf('importCommit')).toBeGreaterThan(70_000_000);
    expect(bodyLimitOf('journalImport')).toBe(bodyLimitOf('importCommit'));
    expect(bodyLimitOf('participantsList')).toBe(bodyLimits.otherBytes);
    expect(bodyLimits.otherBytes).toBeLessThan(bodyLimits.fileBytes);
  });

  it.each([
    { method: 'importCommit', length: 200_000_000 },
    { method: 'participantsList', length: bodyLimits.otherBytes + 1 },
  ])('refuses $method declaring $length bytes with 413 before reading any of it', async ({ method, length }) => {
    const upload = openUpload(method, length);
    const text = await within(upload.answer, 3_000);
    upload.socket.destroy();
    expect(text).not.toBe('waiting');
    expect(statusOf(text as string)).toBe(413);
    expect(JSON.parse((text as string).slice((text as string).indexOf('\r\n\r\n') + 4)).error).toMatchObject({
      key: 'api.tooLarge', params: { limitMb: Math.round(bodyLimitOf(method) / 1024 / 1024) },
    });
  });

  it('cuts a chunked body off at the limit with 413', async () => {
    const socket = connect({ host: '127.0.0.1', port: host.port });
    let text = '';
    let sent = 0;
    const answered = new Promise<void>((resolve) => {
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1');
        resolve();
      });
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    socket.write(head('participantsList', 'Transfer-Encoding: chunked\r\n'));
    const piece = `${(1 << 20).toString(16)}\r\n${'x'.repeat(1 << 20)}\r\n`;
    while (text === '' && !socket.destroyed && sent < 3 * bodyLimits.otherBytes) {
      if (!socket.write(piece)) await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), answered]);
      sent += 1 << 20;
    }
    await within(answered, 3_000);
    socket.destroy();
    expect(statusOf(text)).toBe(413);
    expect(sent).toBeLessThan(3 * bodyLimits.otherBytes);
  });

  it('holds at most its budget of body bytes at once: a further large upload waits its turn with 503', async () => {
    const size = bodyLimits.fileBytes - 1_000;
    const uploads = [];
    for (let bytes = 0; bytes + size <= bodyLimits.inFlightBytes; bytes += size) uploads.push(openUpload('importCommit', size));
    expect(uploads.length).toBeGreaterThan(0);
    for (const upload of uploads) expect(await within(upload.answer, 300)).toBe('waiting');
    const extra = openUpload('importCommit', size);
    const refused = await within(extra.answer, 3_000);
    extra.socket.destroy();
    expect(statusOf(refused as string)).toBe(503);
    expect(refused).toMatch(/retry-after/i);

    // Once the held uploads end, their room is free again: a whole (invalid) upload is read and answered.
    for (const upload of uploads) upload.socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const body = JSON.stringify({ fileName: 'x.csv', data: 'A'.repeat(1_000_000), extra: 1 });
    const whole = await rawExchange(host.port, `${head('importCommit', `Content-Length: ${body.length}\r\n`)}${body}`);
    expect(whole.status).toBe(400);
    const page = await rawExchange(host.port, rawGet('/', { Host: `127.0.0.1:${host.port}`, Cookie: cookie }));
    expect(page.status).toBe(200);
  });
});
