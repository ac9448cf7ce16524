import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
  /** After the import, apply the matcher's suggestions (`kupu match --apply`), so there are pairs and groups. */
  apply?: boolean;
  /**
   * Leave a cohort without participants unnamed, as the first launch makes it (it then asks for a name).
   * By default such a cohort is named "Batch 7" first, so the question does not stand in a test's way.
   */
  unnamed?: boolean;
}

/** Runs one `kupu` command on the cohort, as a coordinator would in a terminal. */
function kupuCommand(home: string, ...args: string[]): void {
  execFileSync(process.execPath, ['bin/kupu.mjs', ...args], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, KUPU_HOME: home },
    stdio: 'pipe',
  });
}

export async function startKupu(options: StartOptions = {}): Promise<RunningKupu> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'kupu-e2e-'));
  const dbPath = options.dbPath ?? join(home, 'cohort.kupu.sqlite');
  if (options.importFile) {
    kupuCommand(home, 'import', options.importFile, '--db', dbPath);
    if (options.apply) kupuCommand(home, 'match', '--apply', '--db', dbPath);
  } else if (!options.unnamed) {
    kupuCommand(home, 'settings', 'set', 'name', 'Batch 7', '--db', dbPath);
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

/** Where specs leave the screenshots a person looks at (`.tmp/screens`, ignored by git); made on first use. */
export function screensDir(): string {
  const dir = join(import.meta.dirname, '..', '..', '.tmp', 'screens');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Starts Kupu in `before` and stops it (removing its home) in `after`: a spec's Kupu, per file or per test. */
function kupuBetween(before: typeof test.beforeAll, after: typeof test.afterAll, hook: string, options: StartOptions): { readonly current: RunningKupu } {
  let running: RunningKupu | undefined;
  before(async () => {
    running = await startKupu(options);
  });
  after(async () => {
    if (!running) return;
    await running.stop();
    removeHome(running.home);
    running = undefined;
  });
  return {
    get current(): RunningKupu {
      if (!running) throw new Error(`Kupu starts in ${hook}: use it inside a test`);
      return running;
    },
  };
}

/** A fresh Kupu for every test of a spec file (for tests that each start from an empty cohort). */
export function kupuForEachTest(options: StartOptions = {}): { readonly current: RunningKupu } {
  return kupuBetween(test.beforeEach, test.afterEach, 'beforeEach', options);
}

/** One Kupu for a whole spec file: started before its tests, stopped (and its home removed) after them. */
export function kupuForFile(options: StartOptions = {}): { readonly current: RunningKupu } {
  return kupuBetween(test.beforeAll, test.afterAll, 'beforeAll', options);
}

export const card = (scope: Page | Locator, name: string) => scope.getByTestId('card').filter({ hasText: name });

/** A mentor's column on the mentor board, found by its heading (the exact name, so one mentor's name inside another's never matches). */
export const column = (page: Page, mentor: string) => page.getByTestId('column').filter({ has: page.getByRole('heading', { name: mentor, exact: true }) });

/** dnd-kit's own live region (ids DndLiveRegion-0, -1, …): what a screen reader hears during a keyboard drag. */
export const dndAnnouncer = (page: Page) => page.locator('[id^=DndLiveRegion]');

/**
 * "Assign to…" from a pool card's menu: type `search`, then pick the first option showing `option` (the
 * mentor's name, or a group's "mentor · skill" label when searching by name alone would match several).
 */
export async function assignVia(page: Page, mentee: string, search: string, option = search): Promise<void> {
  await card(page.getByTestId('pool'), mentee).getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Assign to…' }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill(search);
  await page.getByRole('dialog').getByRole('option').filter({ hasText: option }).first().click();
}

/**
 * During a keyboard drag, press ArrowRight until the announcer's text includes `until`, at most four
 * presses; after each the announcer must say the card is over one of the targets `passing` allows. On a
 * loaded machine dnd-kit can swallow a press that arrives before it has measured the columns; a person
 * would simply press again. Whether `until` was reached is for the caller to assert, if it wants to.
 */
export async function arrowRightUntil(page: Page, until: string, passing: RegExp): Promise<void> {
  const announcer = dndAnnouncer(page);
  for (let press = 0; press < 4 && !(await announcer.textContent())?.includes(until); press++) {
    await page.keyboard.press('ArrowRight');
    await expect(announcer).toContainText(passing);
    await page.waitForTimeout(150);
  }
}

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
