import { test, type Locator, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningKupu {
  url: string;
  dbPath: string;
  home: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `kupu serve` on a fresh cohort file, as a coordinator would, and returns the address it printed. */
export interface StartOptions {
  dbPath?: string;
  home?: string;
  importFile?: string;
}

export async function startKupu(options: StartOptions = {}): Promise<RunningKupu> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'kupu-e2e-'));
  const dbPath = options.dbPath ?? join(home, 'cohort.kupu.sqlite');
  if (options.importFile) {
    execFileSync(process.execPath, ['bin/kupu.mjs', 'import', options.importFile, '--db', dbPath], {
      cwd: join(import.meta.dirname, '..', '..'),
      env: { ...process.env, KUPU_HOME: home },
      stdio: 'pipe',
    });
  }
  const child = spawn(process.execPath, ['bin/kupu.mjs', 'serve', '--db', dbPath], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, KUPU_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kupu serve did not start: ${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`kupu serve exited with ${code}: ${stderr}`)));
    if (!child.stdout) return reject(new Error('no stdout'));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
  return {
    url,
    dbPath,
    home,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export function removeHome(home: string): void {
  rmSync(home, { recursive: true, force: true });
}

/** One Kupu for a whole spec file: started before its tests, stopped (and its home removed) after them. */
export function kupuForFile(options: StartOptions = {}): { readonly current: RunningKupu } {
  let running: RunningKupu | undefined;
  test.beforeAll(async () => {
    running = await startKupu(options);
  });
  test.afterAll(async () => {
    if (!running) return;
    await running.stop();
    removeHome(running.home);
  });
  return {
    get current(): RunningKupu {
      if (!running) throw new Error('Kupu starts in beforeAll: use it inside a test');
      return running;
    },
  };
}

export const card = (scope: Page | Locator, name: string) => scope.getByTestId('card').filter({ hasText: name });

/** A mouse drag as a person makes it: press, a small move to start dragging, then over to the target. */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('card or column not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + 12);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + 20, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + 140, { steps: 12 });
  await page.mouse.up();
}
