import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { arrowRightUntil, assignVia, card, column, dndAnnouncer, dragWithMouse, kupuForFile } from './support';

// Finding people on the board (search by phone, level, region, the three toggles) and the group board:
// a keyboard assignment into one group, "Assign to…" a group, a drag between two groups of the same
// mentor, and the board mode remembered across a reload.

const kupu = kupuForFile({ importFile: join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv') });

const group = (page: Page, mentor: string, skill: string) => page.getByRole('region', { name: `${mentor} · ${skill}`, exact: true });
const headings = (page: Page) => page.getByTestId('column').getByRole('heading');

test('find and filter: phone, level, region, toggles, clear', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await expect(page.getByTestId('column')).toHaveCount(6);

  await page.getByRole('searchbox', { name: 'Search name or phone' }).fill('0812-1111-0002');
  await expect(headings(page)).toHaveText(['Dewi Lestari']);
  await expect(page.getByTestId('pool').getByTestId('card')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search name or phone' }).fill('');

  await page.getByRole('combobox', { name: 'Level' }).selectOption('Batch 8');
  await expect(headings(page)).toHaveText(['Ayu Kartika']);
  await expect(page.getByTestId('pool').getByTestId('card')).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Level' }).selectOption('');
  await page.getByRole('combobox', { name: 'Region' }).selectOption('Bandung');
  await expect(headings(page)).toHaveText(['Maya Sari', 'Rina Wulandari', 'Siti Rahmawati']);

  // Nobody has a proposal yet, and nobody is over capacity: the board says so instead of going blank.
  await page.getByRole('button', { name: '✉ Pending' }).click();
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await expect(page.getByTestId('pool').getByTestId('card')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear 2 filters' }).click();
  await page.getByRole('button', { name: 'Over capacity' }).click();
  await expect(page.getByTestId('column')).toHaveCount(0);
  await page.getByRole('button', { name: 'Over capacity' }).click();
  await page.getByRole('button', { name: 'No mentee yet' }).click();
  await expect(page.getByTestId('column')).toHaveCount(6);
  await page.getByRole('button', { name: 'Clear 1 filter' }).click();
  await expect(page.getByRole('button', { name: 'No mentee yet' })).toHaveAttribute('aria-pressed', 'false');
});

test('group board: keyboard assign, Assign to… a group, drag between groups, remembered on reload', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await page.getByTestId('mode-groups').click();
  // Group mentors get one column per skill they offer; peer mentors (Dewi, Fitri) none.
  await expect(page.getByTestId('column')).toHaveCount(6);
  await expect(page.getByText('6 groups')).toBeVisible();

  // Keyboard: Nur Aisyah seeks Canva; the second column is Ayu Kartika's Canva group (after her Cooking group).
  const announcer = dndAnnouncer(page);
  await card(page.getByTestId('pool'), 'Nur Aisyah').focus();
  await page.keyboard.press('Space');
  await expect(announcer).toContainText(/Picked up Nur Aisyah|Nur Aisyah is over Unassigned/);
  await arrowRightUntil(page, 'over Ayu Kartika · Canva', /is over (Ayu Kartika|Unassigned)/);
  await page.keyboard.press('Space');
  await expect(card(group(page, 'Ayu Kartika', 'Canva'), 'Nur Aisyah')).toBeVisible();
  await expect(group(page, 'Ayu Kartika', 'Cooking').getByTestId('card')).toHaveCount(0);

  // The menu path: Indah Permata into Ayu Kartika's Canva group, chosen by name and skill.
  await assignVia(page, 'Indah Permata', 'Ayu', 'Ayu Kartika · Canva');
  const canva = group(page, 'Ayu Kartika', 'Canva');
  await expect(card(canva, 'Indah Permata')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('✓ Saved');

  // Mouse: from Ayu's Canva group to her Cooking group; the pair's skill changes.
  const cooking = group(page, 'Ayu Kartika', 'Cooking');
  await dragWithMouse(page, card(canva, 'Indah Permata'), cooking);
  await expect(card(cooking, 'Indah Permata')).toBeVisible();
  await expect(card(canva, 'Indah Permata')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('✓ Saved');

  await page.reload();
  await expect(page.getByTestId('mode-groups')).toHaveAttribute('aria-pressed', 'true');
  await expect(card(group(page, 'Ayu Kartika', 'Cooking'), 'Indah Permata')).toBeVisible();
  await expect(card(group(page, 'Ayu Kartika', 'Canva'), 'Nur Aisyah')).toBeVisible();
  await page.getByTestId('mode-mentors').click();
  await expect(card(column(page, 'Ayu Kartika'), 'Indah Permata')).toBeVisible();
});
