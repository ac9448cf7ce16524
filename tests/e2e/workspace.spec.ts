import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { assignVia, card, column, kupuForFile } from './support';

// The coordinator's day: proposals accepted and declined, a drop refused with its reason, a rule
// overridden and flagged, undo/redo surviving a reload, and the interface in both languages.

const kupu = kupuForFile({ importFile: join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv') });

test('proposals: record from the form, accept one, decline one with a reason', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await page.getByRole('button', { name: 'Proposals', exact: true }).click();
  await page.getByTestId('proposals-from-form').click();
  const pending = page.getByTestId('proposal-list').locator('li');
  await expect(pending).toHaveCount(11);
  await page.screenshot({ path: '.tmp/screens/proposals.png' });

  // Wulan Septiani proposed to Fitri Handayani (peer, same level, Public Speaking): accept. Fitri's one
  // seat is then full, but Wulan was the only one who asked her.
  const wulan = pending.filter({ hasText: 'Wulan Septiani' }).filter({ hasText: 'Fitri Handayani' });
  await wulan.getByRole('button', { name: 'Accept' }).click();
  await expect(pending).toHaveCount(10);

  // Indah Permata proposed to Maya Sari: decline, the mentor is full.
  const indah = pending.filter({ hasText: 'Indah Permata' }).filter({ hasText: 'Maya Sari' });
  await indah.getByRole('button', { name: 'Decline…' }).click();
  await page.getByLabel('The mentor is full or closed').check();
  await page.getByTestId('confirm-decline').click();
  await expect(pending).toHaveCount(9);
  await expect(page.getByTestId('mentor-piles')).toContainText('1 declined');
  await page.getByRole('button', { name: /^Declined \d+$/ }).click();
  await expect(page.getByTestId('proposal-list')).toContainText('declined — The mentor is full or closed');

  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(card(column(page, 'Fitri Handayani'), 'Wulan Septiani')).toBeVisible();
});

test('a refused drop says why; an override is flagged; undo and redo survive a reload', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');

  // Fitri is a peer mentor who already has Wulan: assigning Rina breaks "one mentee" and the skill rule.
  await assignVia(page, 'Rina Wulandari', 'Fitri Handayani');
  const dialog = page.getByRole('dialog', { name: 'Break a rule?' });
  await expect(dialog).toContainText('A peer mentor takes only one mentee.');
  await expect(dialog).toContainText('does not offer');
  await page.screenshot({ path: '.tmp/screens/override.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(column(page, 'Fitri Handayani').getByTestId('card')).toHaveCount(1);

  await assignVia(page, 'Rina Wulandari', 'Fitri Handayani');
  await page.getByRole('dialog', { name: 'Break a rule?' }).getByRole('button', { name: 'Assign anyway' }).click();
  const flagged = card(column(page, 'Fitri Handayani'), 'Rina Wulandari');
  await expect(flagged).toBeVisible();
  await expect(flagged.getByLabel('Rule overridden')).toBeVisible();
  // The flag names what was overridden, with its values (the pairing keeps only the rules' codes).
  await expect(flagged.getByTestId('override-flag')).toHaveAttribute('title', /^Overridden: a second mentee for a peer mentor\.\nOverridden: the mentor does not offer \S/);

  await page.keyboard.press('Control+z');
  await expect(flagged).toHaveCount(0);
  await page.reload();
  await expect(card(column(page, 'Fitri Handayani'), 'Rina Wulandari')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(card(column(page, 'Fitri Handayani'), 'Rina Wulandari')).toBeVisible();
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByTestId('history')).toContainText('Assigned Rina Wulandari to Fitri Handayani');
});

test('the interface speaks Indonesian and English', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('id');
  await expect(page.getByRole('button', { name: 'Papan', exact: true })).toBeVisible();
  await expect(page.getByTestId('pool')).toContainText('Belum punya mentor');
  await page.screenshot({ path: '.tmp/screens/board-id.png' });
  await page.getByRole('button', { name: 'Pengajuan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pengajuan', exact: true })).toBeVisible();
  await page.screenshot({ path: '.tmp/screens/proposals-id.png' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pengajuan', exact: true })).toBeVisible();
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Proposals', exact: true })).toBeVisible();
});

test('participants table: inline edit validated by the schema, bulk close, details', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await page.getByRole('button', { name: 'Participants', exact: true }).click();
  const table = page.getByTestId('participants-table');
  await expect(table.getByTestId('participant-row')).toHaveCount(10);

  const capacity = table.getByRole('button', { name: 'Edit Capacity of Ayu Kartika' });
  await capacity.focus();
  await page.keyboard.press('Enter');
  const input = table.getByRole('textbox', { name: 'Edit Capacity of Ayu Kartika' });
  await input.fill('99');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('alert')).toContainText('Not saved');
  await input.fill('4');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('button', { name: 'Edit Capacity of Ayu Kartika' })).toHaveText('4');

  await table.getByRole('checkbox', { name: 'Select Maya Sari' }).check();
  await table.getByRole('checkbox', { name: 'Select Rina Wulandari' }).check();
  await page.getByTestId('bulk-bar').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(table.getByRole('checkbox', { name: 'Closed: Maya Sari' })).toBeChecked();
  await expect(table.getByRole('checkbox', { name: 'Closed: Rina Wulandari' })).toBeChecked();
  await page.screenshot({ path: '.tmp/screens/participants.png' });

  await table.getByTestId('participant-row').filter({ hasText: 'Siti Rahmawati' }).getByRole('button', { name: 'Details' }).click();
  await expect(page.getByTestId('details')).toContainText('+6281211110001');
  await expect(page.getByTestId('details')).toContainText('Canva, Public Speaking');

  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(page.getByTestId('column').filter({ hasText: 'Maya Sari' })).toContainText('Closed');
});
