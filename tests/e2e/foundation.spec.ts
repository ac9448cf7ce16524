import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { arrowRightUntil, card, column, dndAnnouncer, dragWithMouse, kupuForFile } from './support';

// The foundation's promise, end to end in a real browser against the real backend: import a CSV,
// drag a mentee onto a mentor with the mouse and with the keyboard, reload and find the pairings still
// there, and print a roster PDF with one page per mentor who has mentees.

const fixture = join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv');
const kupu = kupuForFile();

test('import, drag by mouse and keyboard, reload, print the roster', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-file').setInputFiles(fixture);
  await expect(page.getByTestId('import-summary')).toContainText('10 rows: 10 new');
  await expect(page.getByTestId('import-mapping')).toContainText('Skills you can mentor');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('10 new');

  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(page.getByTestId('column')).toHaveCount(6);
  await expect(page.getByTestId('pool').getByTestId('card')).toHaveCount(10);
  await page.screenshot({ path: '.tmp/screens/board-imported.png' });

  // Mouse: Nur Aisyah seeks Canva; Siti Rahmawati mentors Canva in a group.
  await dragWithMouse(page, card(page.getByTestId('pool'), 'Nur Aisyah'), column(page, 'Siti Rahmawati'));
  await expect(card(column(page, 'Siti Rahmawati'), 'Nur Aisyah')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('✓ Saved');

  // Keyboard: Lina Marlina seeks Mind Mapping; Dewi Lestari is the second mentor column (Ayu, Dewi, …).
  await page.getByTestId('columns').evaluate((el) => el.scrollTo({ left: 0 }));
  const lina = card(page.getByTestId('pool'), 'Lina Marlina');
  await lina.focus();
  // As a person does it, with the screen reader's announcements in between.
  const announcer = dndAnnouncer(page);
  await page.keyboard.press('Space');
  await expect(announcer).toContainText(/Picked up Lina Marlina|Lina Marlina is over Unassigned/);
  // Each arrow press jumps one column (Ayu Kartika, then Dewi Lestari).
  await arrowRightUntil(page, 'over Dewi Lestari', /is over (Ayu Kartika|Dewi Lestari|Unassigned)/);
  await expect(announcer).toContainText('over Dewi Lestari');
  await page.keyboard.press('Space');
  await expect(card(column(page, 'Dewi Lestari'), 'Lina Marlina')).toBeVisible();
  await expect(page.getByTestId('announcer')).toContainText('Lina Marlina');

  await page.reload();
  await expect(card(column(page, 'Siti Rahmawati'), 'Nur Aisyah')).toBeVisible();
  await expect(card(column(page, 'Dewi Lestari'), 'Lina Marlina')).toBeVisible();
  await page.screenshot({ path: '.tmp/screens/board-paired.png' });

  await page.getByRole('button', { name: 'Rosters', exact: true }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('1 group · 1 peer pair');
  const download = page.waitForEvent('download');
  await page.getByTestId('roster-pdf').click();
  const file = join(kupu.current.home, 'rosters.pdf');
  await (await download).saveAs(file);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(2);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  for (const name of ['Siti Rahmawati', 'Nur Aisyah', 'Dewi Lestari', 'Lina Marlina']) expect(text).toContain(name);

  // Only the picked mentors' pages: untick Dewi, and her group leaves the list and the PDF.
  await page.getByTestId('roster-mentors').getByLabel('Dewi Lestari').uncheck();
  await expect(page.getByText('1 group', { exact: true })).toBeVisible();
  await expect(page.getByTestId('roster-mentors')).toContainText('1 of 2 mentors');
  const picked = page.waitForEvent('download');
  await page.getByTestId('roster-pdf').click();
  const pickedFile = join(kupu.current.home, 'rosters-picked.pdf');
  await (await picked).saveAs(pickedFile);
  expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pickedFile], { encoding: 'utf8' }))?.[1])).toBe(1);
  expect(execFileSync('pdftotext', [pickedFile, '-'], { encoding: 'utf8' })).not.toContain('Dewi Lestari');
  await page.screenshot({ path: '.tmp/screens/rosters-picked.png' });
});

test('the browser host refuses requests without its secret', async ({ request }) => {
  const origin = new URL(kupu.current.url).origin;
  const noSecret = await request.post(`${origin}/api/participantsList`, { data: {} });
  expect(noSecret.status()).toBe(401);
  const page = await request.get(`${origin}/`);
  expect(page.status()).toBe(401);
});
