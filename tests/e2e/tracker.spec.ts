import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kupuForFile } from './support';

// The weekly journal tracker: set the phase's start date, tick a week by mouse and by keyboard, undo,
// import the form's submissions, see overdue weeks stand out, copy who is behind for WhatsApp (and
// by hand when the clipboard is refused), download the list, in English and Indonesian, light and dark.

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const kupu = kupuForFile({ importFile: join(fixtures, 'cohort-small.csv') });

/** A calendar day `days` before today on this machine, as YYYY-MM-DD (the server uses the same clock). */
function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Pairs people through the same API the board uses (the page holds the session's secret cookie). */
async function pairUp(page: Page, pairs: Array<[mentor: string, mentee: string]>) {
  const failures = await page.evaluate(async (wanted) => {
    const call = async (method: string, params: unknown) => {
      const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(params) });
      return (await response.json()) as { ok: boolean; result: unknown };
    };
    const people = (await call('participantsList', {})).result as Array<{ id: string; name: string }>;
    const idOf = (name: string) => people.find((p) => p.name === name)?.id ?? name;
    const failed: string[] = [];
    for (const [mentor, mentee] of wanted) {
      const answer = await call('pairingAssign', { mentorId: idOf(mentor), menteeId: idOf(mentee), override: true });
      if (!answer.ok || !(answer.result as { ok: boolean }).ok) failed.push(`${mentor} -> ${mentee}`);
    }
    return failed;
  }, pairs);
  expect(failures).toEqual([]);
}

const rowOf = (page: Page, mentor: string) =>
  page.getByTestId('journal-grid').locator('tbody tr').filter({ has: page.locator('.tracker-mentor-name', { hasText: mentor }) });
const cellOf = (page: Page, mentor: string, week: number) => rowOf(page, mentor).locator('button.tracker-cell').nth(week - 1);

test('tick, import, see who is overdue, copy it for WhatsApp', async ({ page }) => {
  // A stand-in clipboard: records what was copied, or refuses like a locked-down desktop shell.
  await page.addInitScript(() => {
    const state = window as unknown as { copied: string | null; denyClipboard: boolean };
    state.copied = null;
    state.denyClipboard = false;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => {
          if (state.denyClipboard) throw new DOMException('Write permission denied.', 'NotAllowedError');
          state.copied = text;
        },
      },
    });
  });
  await page.goto(kupu.current.url);
  await pairUp(page, [
    ['Siti Rahmawati', 'Nur Aisyah'], ['Siti Rahmawati', 'Indah Permata'], ['Dewi Lestari', 'Lina Marlina'],
    ['Rina Wulandari', 'Fitri Handayani'], ['Fitri Handayani', 'Wulan Septiani'],
  ]);
  await page.reload();
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await page.getByRole('button', { name: 'Journals', exact: true }).click();
  await expect(page.getByTestId('journal-grid').locator('tbody tr')).toHaveCount(4);

  // No start date yet: nothing is judged overdue; the inline control sets it (today is in week 3).
  await expect(page.getByText('Set the start date to see which journals are overdue.')).toBeVisible();
  await expect(page.getByTestId('journal-grid').locator('.tracker-cell.state-overdue')).toHaveCount(0);
  await page.getByTestId('journal-start').fill(daysAgo(17));
  await page.getByTestId('journal-start').press('Tab');
  await page.getByTestId('journal-weeks').fill('8');
  await page.getByTestId('journal-weeks').press('Tab');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(page.getByTestId('journal-phase')).toHaveText('Week 3 of 8');
  await expect(page.locator('th.tracker-week.is-current')).toHaveText(/^3/);

  // Tick by mouse; then by keyboard (arrow to week 3, Space), and undo that.
  await cellOf(page, 'Rina Wulandari', 2).click();
  await expect(cellOf(page, 'Rina Wulandari', 2)).toHaveAttribute('aria-pressed', 'true');
  await expect(cellOf(page, 'Rina Wulandari', 2)).toHaveClass(/state-done/);
  await expect(page.getByTestId('journal-summary-2')).toHaveText('1/4');
  await page.keyboard.press('ArrowRight');
  await expect(cellOf(page, 'Rina Wulandari', 3)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(cellOf(page, 'Rina Wulandari', 3)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cellOf(page, 'Rina Wulandari', 3)).toHaveAttribute('aria-pressed', 'false');
  await expect(cellOf(page, 'Rina Wulandari', 2)).toHaveAttribute('aria-pressed', 'true');

  // A file that is not a journal export is refused, naming the file.
  await page.getByTestId('journal-import').setInputFiles({ name: 'peserta.csv', mimeType: 'text/csv', buffer: Buffer.from('Nama,Kota\nSiti,Bandung\n') });
  await expect(page.getByTestId('journal-notice')).toContainText('peserta.csv, row 1: Found no column for the week');

  // The form's responses: matched by phone or name; the rest listed with their row numbers.
  await page.getByTestId('journal-import').setInputFiles(join(fixtures, 'journal-submissions.csv'));
  const report = page.getByTestId('journal-report');
  await expect(report).toContainText('journal-submissions.csv: 11 rows — 6 matched (5 new, 1 already in), 5 not matched.');
  await expect(report.locator('li')).toHaveCount(5);
  await expect(report.locator('li').first()).toContainText('Row 7 · Fitri Handayani · week 1: is in several pairs/groups (mentors: Fitri Handayani, Rina Wulandari)');
  await expect(report).toContainText('Row 8 · Bu Ratna · week 1: matches no participant');
  await expect(page.getByTestId('journal-summary-1')).toHaveText('3/4');
  await expect(page.getByTestId('journal-summary-2')).toHaveText('3/4');
  await expect(cellOf(page, 'Siti Rahmawati', 1)).toHaveAttribute('title', /link: https:\/\/docs\.google\.com\/document\/d\/siti-minggu-1-revisi/);

  // Overdue weeks stand out: Fitri and Wulan have sent nothing for weeks 1 and 2.
  const fitri = rowOf(page, 'Fitri Handayani');
  await expect(fitri.locator('.tracker-cell.state-overdue')).toHaveCount(2);
  await expect(fitri.locator('.tracker-behind-count')).toHaveText('2');
  await expect(page.getByTestId('journal-grid').locator('.tracker-cell.state-overdue')).toHaveCount(2);
  await expect(cellOf(page, 'Fitri Handayani', 4)).toHaveClass(/state-future/);
  const colors = await page.evaluate(() => {
    const bg = (selector: string) => getComputedStyle(document.querySelector(selector) as Element).backgroundColor;
    return { overdue: bg('tbody .tracker-cell.state-overdue'), done: bg('tbody .tracker-cell.state-done'), future: bg('tbody .tracker-cell.state-future') };
  });
  expect(new Set(Object.values(colors)).size).toBe(3);
  await page.screenshot({ path: '.tmp/screens/tracker-en.png' });

  // Who is behind, for WhatsApp, in the cohort's language (Indonesian by default).
  await page.getByTestId('journal-copy').click();
  await expect(page.getByTestId('journal-notice')).toHaveText(/Copied: 1 pair\/group is behind\./);
  const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(copied).toContain('Jurnal yang belum masuk sampai minggu ke-2:');
  expect(copied).toContain('1. *Fitri Handayani* bersama *Wulan Septiani* — minggu ke-1, 2 — https://wa.me/6281211110006');

  // Refused clipboard: the text is shown to copy by hand.
  await page.evaluate(() => {
    (window as unknown as { denyClipboard: boolean }).denyClipboard = true;
  });
  await page.getByTestId('journal-through').selectOption('3');
  await page.getByTestId('journal-copy').click();
  const manual = page.getByTestId('journal-copy-text');
  await expect(manual).toBeVisible();
  expect(await manual.inputValue()).toContain('sampai minggu ke-3:');
  await page.screenshot({ path: '.tmp/screens/tracker-copy-dialog.png' });
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(manual).toBeHidden();

  const download = page.waitForEvent('download');
  await page.getByTestId('journal-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('journals-behind.csv');
  const csv = readFileSync((await file.path()) ?? '', 'utf8');
  expect(csv).toContain('Minggu yang belum masuk');
  expect(csv).toContain('Fitri Handayani');

  // Indonesian, and dark mode; everything survives a reload.
  await page.getByLabel(/Bahasa|Language/).selectOption('id');
  await page.reload();
  await expect(page.getByTestId('journal-phase')).toHaveText('Minggu ke-3 dari 8');
  await expect(cellOf(page, 'Rina Wulandari', 2)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Jurnal', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.screenshot({ path: '.tmp/screens/tracker-id.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '.tmp/screens/tracker-id-dark.png' });
});
