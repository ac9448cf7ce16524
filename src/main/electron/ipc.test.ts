import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract';
import { createHandlers } from '../api';
import { openSession } from '../session';
import { createSenderCheck, registerHandlers, sendMenuCommand, type Envelope, type InvokeEvent, type IpcMainLike } from './ipc';
import { originRules } from './navigation';

// The real handler map over a real (temporary) cohort; only ipcMain is faked.
const dir = mkdtempSync(join(tmpdir(), 'kupu-ipc-'));
const session = openSession(join(dir, 'cohort.kupu.sqlite'));
afterAll(() => session.close());

const appWindowId = 7;
const isTrustedSender = createSenderCheck(originRules().isAppUrl, (id) => id === appWindowId);

function register() {
  const listeners = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<Envelope>>();
  const ipcMain: IpcMainLike = { handle: vi.fn((channel, listener) => void listeners.set(channel, listener)) };
  const channels = registerHandlers(ipcMain, createHandlers(session), isTrustedSender);
  return { ipcMain, listeners, channels };
}

const mainFrame = (url: string) => ({ url, parent: null });
const goodEvent: InvokeEvent = { senderFrame: mainFrame('app://kupu/index.html'), sender: { id: appWindowId } };

describe('registerHandlers', () => {
  it('registers exactly one kupu:<method> channel per contract method', () => {
    const { ipcMain, listeners, channels } = register();
    const expected = methodNames.map((name) => `kupu:${name}`);
    expect(channels).toEqual(expected);
    expect([...listeners.keys()]).toEqual(expected);
    expect(ipcMain.handle).toHaveBeenCalledTimes(methodNames.length);
  });

  it('never registers anything outside the contract', () => {
    const { listeners } = register();
    for (const channel of ['kupu:eval', 'kupu:constructor', 'kupu:__proto__', 'kupu:menu', 'kupu:toString', 'cohortInfo']) {
      expect(listeners.has(channel), channel).toBe(false);
    }
  });

  it('dispatches a trusted call and answers with the envelope', async () => {
    const { listeners } = register();
    const answer = await listeners.get('kupu:cohortInfo')!(goodEvent, {});
    expect(answer.ok).toBe(true);
    expect(answer.ok && answer.result).toMatchObject({ path: join(dir, 'cohort.kupu.sqlite'), participants: 0 });
    // Missing params count as {} (the preload always sends an object, but be lenient).
    expect((await listeners.get('kupu:participantsList')!(goodEvent)).ok).toBe(true);
  });

  it('validates params with the contract and returns the error envelope', async () => {
    const { listeners } = register();
    const answer = await listeners.get('kupu:historyList')!(goodEvent, { limit: 'all', extra: 1 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_params' } });
    const unknownField = await listeners.get('kupu:cohortInfo')!(goodEvent, { sneaky: true });
    expect(unknownField).toMatchObject({ ok: false, error: { code: 'invalid_params' } });
  });

  it.each<[string, InvokeEvent]>([
    ['a destroyed frame (null)', { senderFrame: null, sender: { id: appWindowId } }],
    ['an iframe of the app', { senderFrame: { url: 'app://kupu/index.html', parent: {} }, sender: { id: appWindowId } }],
    ['a foreign origin', { senderFrame: mainFrame('https://evil.example/'), sender: { id: appWindowId } }],
    ['a look-alike origin', { senderFrame: mainFrame('app://kupu.evil/index.html'), sender: { id: appWindowId } }],
    ['userinfo trickery', { senderFrame: mainFrame('app://kupu@evil/index.html'), sender: { id: appWindowId } }],
    ['a file: page', { senderFrame: mainFrame('file:///tmp/index.html'), sender: { id: appWindowId } }],
    ['a data: page', { senderFrame: mainFrame('data:text/html,hi'), sender: { id: appWindowId } }],
    ['about:blank', { senderFrame: mainFrame('about:blank'), sender: { id: appWindowId } }],
    ['another window on the app origin (the print window)', { senderFrame: mainFrame('app://kupu/print/x.html'), sender: { id: 99 } }],
  ])('refuses %s without calling the backend', async (_name, event) => {
    const spy = vi.fn();
    const handlers = { ...createHandlers(session), cohortCreate: spy };
    const listeners = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<Envelope>>();
    registerHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, handlers, isTrustedSender);
    const answer = await listeners.get('kupu:cohortCreate')!(event, { name: 'Evil', path: join(dir, 'evil.kupu.sqlite') });
    expect(answer).toEqual({ ok: false, error: { code: 'refused', key: 'api.notThisPage', params: {}, message: expect.any(String) } });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('createSenderCheck', () => {
  it('accepts the app window’s main frame on the app origin only', () => {
    expect(isTrustedSender(goodEvent)).toBe(true);
    expect(isTrustedSender({ ...goodEvent, sender: { id: 8 } })).toBe(false);
    const dev = createSenderCheck(originRules('http://localhost:5173/').isAppUrl, () => true);
    expect(dev({ senderFrame: mainFrame('http://localhost:5173/'), sender: { id: 1 } })).toBe(true);
    expect(dev({ senderFrame: mainFrame('app://kupu/index.html'), sender: { id: 1 } })).toBe(false);
  });
});

describe('sendMenuCommand', () => {
  it('sends the command on kupu:menu, and tolerates a closed window', () => {
    const send = vi.fn();
    sendMenuCommand({ send }, 'cohortChanged');
    expect(send).toHaveBeenCalledWith('kupu:menu', 'cohortChanged');
    expect(() => sendMenuCommand(null, 'print')).not.toThrow();
  });
});
