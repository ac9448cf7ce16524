// Screenshots of every view, in both languages and in dark mode, for the README (docs/screenshots).
//   npx tsx tests/e2e/screenshots.ts            (KUPU_SCREENS_OUT=.tmp/screens to look without touching docs)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { removeHome, startKupu } from './support';

const out = process.env.KUPU_SCREENS_OUT ?? join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const fixture = join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv');
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

async function api(page: Page, method: string, params: object): Promise<unknown> {
  return page.evaluate(async ({ method, params }) => {
    const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(params) });
    return ((await response.json()) as { result: unknown }).result;
  }, { method, params });
}

async function shoot(page: Page, view: string, file: string) {
  await page.getByRole('navigation').getByRole('button').nth(['board', 'proposals', 'participants', 'tracker', 'import', 'rosters'].indexOf(view)).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, file) });
}

/** The group board with one unassigned mentee selected, so the groups offering what she seeks light up. */
async function shootGroups(page: Page, file: string) {
  await shoot(page, 'board', file);
  await page.getByTestId('mode-groups').click();
  await page.getByTestId('pool').getByTestId('card').first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, file) });
  await page.getByTestId('mode-mentors').click();
}

async function main() {
  mkdirSync(out, { recursive: true });
  const kupu = await startKupu({ importFile: fixture });
  const browser = await chromium.launch({ executablePath: process.env.KUPU_CHROMIUM ?? '/usr/bin/chromium', args: flags });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    await page.goto(kupu.url);
    await page.getByLabel(/Bahasa|Language/).selectOption('en');
    await api(page, 'settingsUpdate', { patch: { name: 'Bunda Cekatan Batch 7', startDate: '2026-11-12', language: 'en' } });
    await api(page, 'proposalsFromPreferences', {});
    const set = (await api(page, 'matchSuggest', { mode: 'optimal' })) as { pairs: Array<{ mentorId: string; menteeId: string; skill: string }> };
    await api(page, 'matchApply', { pairs: set.pairs.slice(0, 6).map(({ mentorId, menteeId, skill }) => ({ mentorId, menteeId, skill })) });
    await page.reload();
    await page.getByTestId('suggest').click();
    await page.getByTestId('suggestion-bar').waitFor();
    await page.screenshot({ path: join(out, 'board.png') });
    await page.getByTestId('suggestion-bar').getByRole('button', { name: 'Dismiss' }).click();
    await shootGroups(page, 'groups.png');
    await shoot(page, 'proposals', 'proposals.png');
    await shoot(page, 'participants', 'participants.png');
    await shoot(page, 'tracker', 'tracker.png');
    await shoot(page, 'rosters', 'rosters.png');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel(/Bahasa|Language/).selectOption('id');
    await shoot(page, 'board', 'board-id-dark.png');
    await shootGroups(page, 'groups-id-dark.png');
    await shoot(page, 'proposals', 'proposals-id-dark.png');
    await shoot(page, 'participants', 'participants-id-dark.png');
    await shoot(page, 'tracker', 'tracker-id-dark.png');
    await shoot(page, 'import', 'import-id-dark.png');
    console.log(`Screenshots written to ${out}`);
  } finally {
    await browser.close();
    await kupu.stop();
    removeHome(kupu.home);
  }
}

await main();
