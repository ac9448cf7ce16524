import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract';

// The shell's wiring, run under Node with the whole Electron API faked. The backend is real: the
// Node build of better-sqlite3 stands in for the Electron build at build/native/electron/.

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appEvents = new Map<string, Listener[]>();
  const ipc = new Map<string, Listener>();
  const windows: FakeWindowShape[] = [];
  const state = { lock: true, appPath: '', whenReady: Promise.resolve() };
  interface FakeWindowShape {
    options: { webPreferences?: { preload?: string } };
    webContents: { id: number; send: Listener };
    loadURL: Listener;
    focus: Listener;
  }
  return { calls, appEvents, ipc, windows, state };
});

vi.mock('electron', () => {
  const { calls, appEvents, ipc, windows, state } = fake;
  const record = (name: string) => vi.fn((..._args: unknown[]) => void calls.push(name));
  class BrowserWindow {
    static getAllWindows = () => windows;
    webContents = { id: 41 + windows.length, send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn() };
    loadURL = vi.fn(async () => {});
    once = vi.fn();
    on = vi.fn();
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    constructor(readonly options: unknown) {
      windows.push(this as never);
    }
  }
  return {
    app: {
      enableSandbox: record('enableSandbox'),
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: record('quit'),
      exit: vi.fn((code: number) => void calls.push(`exit:${code}`)),
      on: vi.fn((event: string, listener: Listener) => void appEvents.set(event, [...(appEvents.get(event) ?? []), listener])),
      whenReady: vi.fn(() => {
        calls.push('whenReady');
        return state.whenReady;
      }),
      getLocale: () => 'id-ID',
      getAppPath: () => state.appPath,
      isPackaged: false,
    },
    protocol: { registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'), handle: vi.fn((scheme: string) => void calls.push(`handle:${scheme}`)) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('setPermissionRequestHandler'),
        setPermissionCheckHandler: record('setPermissionCheckHandler'),
        setDevicePermissionHandler: record('setDevicePermissionHandler'),
        on: vi.fn((event: string) => void calls.push(`session:${event}`)),
        webRequest: { onHeadersReceived: record('onHeadersReceived') },
      },
    },
    ipcMain: { handle: vi.fn((channel: string, listener: Listener) => void ipc.set(channel, listener)) },
    BrowserWindow,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: record('setApplicationMenu') },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    dialog: { showErrorBox: vi.fn((title: string, message: string) => void calls.push(`error:${title}:${message}`)) },
    shell: { openExternal: vi.fn() },
  };
});

function projectWithNativeBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'kupu-shell-'));
  const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build/Release/better_sqlite3.node');
  mkdirSync(join(root, 'build/native/electron'), { recursive: true });
  if (existsSync(nodeBuild)) symlinkSync(nodeBuild, join(root, 'build/native/electron/better_sqlite3.node'));
  return root;
}

async function launch(): Promise<void> {
  vi.resetModules();
  await import('./index');
  await new Promise((done) => setTimeout(done, 0)); // let whenReady().then(ready) run
}

beforeEach(() => {
  fake.calls.length = 0;
  fake.appEvents.clear();
  fake.ipc.clear();
  fake.windows.length = 0;
  fake.state.lock = true;
  fake.state.appPath = projectWithNativeBuild();
  delete process.env.ELECTRON_RENDERER_URL;
  process.env.KUPU_HOME = join(fake.state.appPath, 'home');
});

afterEach(() => {
  for (const listener of fake.appEvents.get('will-quit') ?? []) listener();
});

describe('desktop shell wiring', () => {
  it('sandboxes every renderer and registers app:// before ready', async () => {
    await launch();
    expect(fake.calls.indexOf('enableSandbox')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('whenReady'));
  });

  it('on ready: app protocol, permissions denied, IPC for exactly the contract, one window on app://, a menu', async () => {
    await launch();
    expect(fake.calls).toEqual(
      expect.arrayContaining([
        'handle:app',
        'setPermissionRequestHandler',
        'setPermissionCheckHandler',
        'setDevicePermissionHandler',
        'session:will-download',
        'setApplicationMenu',
      ]),
    );
    expect(fake.calls).not.toContain('onHeadersReceived'); // no dev server
    expect([...fake.ipc.keys()]).toEqual(methodNames.map((name) => `kupu:${name}`));
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window.options.webPreferences?.preload).toMatch(/preload[/\\]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://kupu/index.html');
  });

  it('answers the main window over IPC with the real backend, and refuses other senders', async () => {
    await launch();
    const [window] = fake.windows;
    const cohortInfo = fake.ipc.get('kupu:cohortInfo')!;
    const good = { senderFrame: { url: 'app://kupu/index.html', parent: null }, sender: { id: window.webContents.id } };
    await expect(cohortInfo(good, {})).resolves.toMatchObject({ ok: true, result: { path: join(process.env.KUPU_HOME!, 'cohort.kupu.sqlite') } });
    const otherWindow = { ...good, sender: { id: 999 } };
    await expect(cohortInfo(otherWindow, {})).resolves.toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('guards every web contents the app creates', async () => {
    await launch();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    for (const listener of fake.appEvents.get('web-contents-created') ?? []) listener({}, contents);
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']),
    );
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('a second launch focuses the first window', async () => {
    await launch();
    for (const listener of fake.appEvents.get('second-instance') ?? []) listener();
    expect(fake.windows[0].focus).toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.state.lock = false;
    await launch();
    expect(fake.calls).toContain('quit');
    expect(fake.calls).not.toContain('whenReady');
    expect(fake.windows).toHaveLength(0);
  });

  it('explains a missing Electron build of SQLite in one dialog and exits', async () => {
    fake.state.appPath = mkdtempSync(join(tmpdir(), 'kupu-shell-empty-'));
    await launch();
    const error = fake.calls.find((call) => call.startsWith('error:'));
    expect(error).toMatch(/^error:Kupu tidak dapat dimulai:.*npm start/);
    expect(fake.calls).toContain('exit:1');
    expect(fake.windows).toHaveLength(0);
  });
});
