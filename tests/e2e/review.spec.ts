import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeHome, startKupu, type RunningKupu } from './support';

// Importing as a coordinator reviews it: an Indonesian Google Forms CSV and the same form's export a
// week later (what changes, person by person; double submissions; the import history), at 1366×768, in
// both languages, light and dark.

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'registrations');
const screens = join(import.meta.dirname, '..', '..', '.tmp', 'screens');
mkdirSync(screens, { recursive: true });

let kupu: RunningKupu;
test.beforeEach(async () => {
  kupu = await startKupu();
});
test.afterEach(async () => {
  await kupu.stop();
  removeHome(kupu.home);
});

async function open(page: Page, language: 'en' | 'id'): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(kupu.url);
  await page.getByLabel(/Bahasa|Language/).selectOption(language);
}

const tab = (page: Page, name: string | RegExp) => page.getByRole('navigation').getByRole('button', { name, exact: typeof name === 'string' });
const shot = (page: Page, name: string) => page.screenshot({ path: join(screens, `${name}.png`), fullPage: true });

test('Indonesian CSV, then its later export: the changes person by person, double submissions, and the import history', async ({ page }) => {
  await open(page, 'id');
  await tab(page, 'Impor').click();
  await page.getByTestId('import-file').setInputFiles(join(fixtures, 'pendaftaran-batch8.csv'));
  await expect(page.getByTestId('import-summary')).toContainText('16 baris: 16 baru, 0 diperbarui, 0 tetap, 1 kiriman ganda digabung');
  await expect(page.getByTestId('import-needed')).toHaveCount(0);
  const duplicates = page.getByTestId('import-duplicates');
  await expect(duplicates).toContainText('Rahmawati Susanti: baris 18 dipakai, baris 9 disisihkan');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('16 baru');
  // The double submission stays in the report once imported.
  await expect(duplicates).toContainText('Rahmawati Susanti');

  await page.getByTestId('import-file').setInputFiles(join(fixtures, 'pendaftaran-batch8-minggu2.csv'));
  await expect(page.getByTestId('import-summary')).toContainText('17 baris: 1 baru, 5 diperbarui, 11 tetap, 1 kiriman ganda digabung');
  const changes = page.getByTestId('import-changes');
  await expect(changes).toContainText('5 perubahan untuk 5 orang');
  await expect(changes.getByRole('row', { name: /Nurul Hidayah/ })).toContainText('Jenis pendampinganSebaya 1:1Kelompok');
  await expect(changes.getByRole('row', { name: /Siti Rahma Aulia/ })).toContainText('Jumlah maksimal mentee23');
  await expect(changes.getByRole('row', { name: /Mega Puspitasari/ })).toContainText('Baking, Kepemimpinan, Public Speaking');
  // Only re-typed: a name in lower case, a phone written another way, a skill spelled another way.
  for (const name of ['Rina Marlina', 'Dewi Lestari', 'Indah Permatasari', 'Ayu Kartika']) await expect(changes).not.toContainText(name);
  await shot(page, 'review-reimport-preview-id');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'review-reimport-preview-id-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('1 baru, 5 diperbarui, 11 tetap');
  await expect(changes).toContainText('5 perubahan untuk 5 orang');
  const history = page.getByTestId('import-history');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('pendaftaran-batch8-minggu2.csv: 1 baru, 5 diperbarui');

  // Reopen the first import's report, in English and dark.
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await page.emulateMedia({ colorScheme: 'dark' });
  await history.getByRole('listitem').nth(1).getByRole('button', { name: 'Open report' }).click();
  const reopened = page.getByTestId('import-reopened');
  await expect(reopened).toContainText('Report of pendaftaran-batch8.csv');
  await expect(reopened).toContainText('Imported: 16 new, 0 updated, 0 unchanged.');
  await expect(reopened.getByTestId('import-duplicates')).toContainText('Rahmawati Susanti: row 18 kept, row 9 set aside');
  await shot(page, 'review-history-en-dark');
});
