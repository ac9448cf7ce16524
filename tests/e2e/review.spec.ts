import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kupuForEachTest, screensDir } from './support';

// Importing as a coordinator reviews it: an Indonesian Google Forms CSV and the same form's export a
// week later (what changes, person by person; double submissions; the import history), at 1366×768, in
// both languages, light and dark.

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'registrations');
const screens = screensDir();

const running = kupuForEachTest();

async function open(page: Page, language: 'en' | 'id'): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(running.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption(language);
}

const tab = (page: Page, name: string | RegExp) => page.getByRole('navigation').getByRole('button', { name, exact: typeof name === 'string' });
/** The screen as the coordinator sees it, and (when the page scrolls) its end too. */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screens, `${name}.png`) });
  const scroller = page.locator('.page').first();
  if (await scroller.evaluate((e) => e.scrollHeight > e.clientHeight + 4).catch(() => false)) {
    await scroller.evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await page.screenshot({ path: join(screens, `${name}-end.png`) });
    await scroller.evaluate((e) => e.scrollTo(0, 0));
  }
}

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
  await expect(changes.getByRole('row', { name: /Siti Rahma/ })).toContainText('Jumlah maksimal mentee23');
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

test('English XLSX: every needed column found; the review list, its count in the navigation, her details; cleared', async ({ page }) => {
  await open(page, 'en');
  await tab(page, 'Import').click();
  await page.getByTestId('import-file').setInputFiles(join(fixtures, 'registrations-batch3-en.xlsx'));
  await expect(page.getByTestId('import-summary')).toContainText('7 rows: 7 new');
  await expect(page.getByTestId('import-needed')).toHaveCount(0);
  await expect(page.getByTestId('import-mapping').getByLabel('Mentoring you can offer')).toHaveValue('kind');
  await expect(page.getByTestId('import-mapping').getByLabel('How many mentees can you take?')).toHaveValue('capacity');
  await expect(page.getByTestId('import-preview').getByRole('row', { name: /Maya Anggraeni/ })).toContainText('Group');
  // The preview speaks the interface's language, kinds of mentoring included.
  await page.getByLabel(/Bahasa|Language/).selectOption('id');
  await expect(page.getByTestId('import-preview').getByRole('row', { name: /Sarah Wijaya/ })).toContainText('Sebaya 1:1');
  await expect(page.getByTestId('import-preview')).not.toContainText('peer');
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('7 new');
  await expect(page.getByTestId('review-tab-count')).toHaveText('2');

  // Her details say which of her preferred mentors are still open.
  await tab(page, 'Participants').click();
  await page.getByRole('row', { name: /Citra Lestari/ }).getByRole('button', { name: 'Details' }).click();
  await expect(page.getByTestId('details-to-review')).toContainText('“Dianna Putri” → Diana Putri (to confirm)');
  await page.getByTestId('details').locator('header button').click();

  // The list outlives the Import tab and a reload.
  await page.reload();
  await tab(page, /Needs review/).click();
  const review = page.getByTestId('review');
  await expect(review.getByTestId('review-count')).toHaveText('2 items need review');
  await expect(review.getByTestId('import-unresolved')).toContainText('“Sarah W”');
  await shot(page, 'review-list-en');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'review-list-en-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel(/Bahasa|Language/).selectOption('id');
  await expect(review.getByTestId('review-count')).toHaveText('2 hal perlu ditinjau');
  await expect(review.getByTestId('review-fuzzy')).toContainText('1 mentor pilihan dicocokkan dengan tebakan');
  await shot(page, 'review-list-id');
  await page.getByLabel(/Bahasa|Language/).selectOption('en');

  await review.getByRole('button', { name: 'Confirm Diana Putri as “Dianna Putri” of Citra Lestari' }).click();
  await expect(review.getByTestId('review-fuzzy')).toHaveCount(0);
  await expect(page.getByTestId('review-tab-count')).toHaveText('1');
  await review.getByLabel('Search by name: Sarah W').fill('Sarah');
  await review.getByLabel('Who is it? Sarah W', { exact: true }).selectOption({ label: 'Sarah Wijaya · Jakarta' });
  await expect(review.getByTestId('review-empty')).toHaveText('Nothing needs review.');
  await expect(page.getByTestId('review-tab-count')).toHaveCount(0);

  // Undo brings an answer back to the list.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(review.getByTestId('import-unresolved')).toContainText('“Sarah W”');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(review.getByTestId('review-empty')).toBeVisible();
  await tab(page, 'Participants').click();
  await page.getByRole('row', { name: /Citra Lestari/ }).getByRole('button', { name: 'Details' }).click();
  await expect(page.getByTestId('details')).toBeVisible();
  await expect(page.getByTestId('details-to-review')).toHaveCount(0);
});

test('Indonesian CSV: suggested merges accepted and a skill renamed, both applied in a second new cohort; the review list cleared', async ({ page }) => {
  await open(page, 'id');
  await tab(page, 'Impor').click();
  await page.getByTestId('import-file').setInputFiles(join(fixtures, 'pendaftaran-batch8.csv'));
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('16 baru');
  await page.getByTestId('import-to-review').click();
  const review = page.getByTestId('review');
  await expect(review.getByTestId('review-count')).toHaveText('16 hal perlu ditinjau');
  await expect(page.getByTestId('review-tab-count')).toHaveText('16');
  await expect(review.getByTestId('review-fuzzy')).toContainText('5 mentor pilihan dicocokkan dengan tebakan');
  await expect(review.getByTestId('review-values')).toContainText('"ratna@gmail" tidak tampak seperti alamat email');
  await expect(review.getByTestId('skill-suggestions').locator('[data-suggestion="Tari→Menari"]')).toContainText('“tari” dan “menari”');
  await shot(page, 'review-batch8-id');

  // Suggested merges, each with one click.
  const suggestions = review.getByTestId('skill-suggestions');
  for (const [from, into] of [['Tari', 'Menari'], ['Kebun', 'Berkebun'], ['Leadership', 'Kepemimpinan']]) {
    await suggestions.getByRole('button', { name: `Gabungkan ${from} ke ${into}`, exact: true }).click();
    await expect(suggestions.locator(`[data-suggestion="${from}→${into}"]`)).toHaveCount(0);
  }
  await suggestions.getByRole('button', { name: 'Tahsim dan Tahsin bukan keahlian yang sama' }).click();
  await expect(suggestions.locator('[data-suggestion="Tahsim→Tahsin"]')).toHaveCount(0);
  while (await suggestions.count() > 0) {
    const before = await suggestions.locator('[data-suggestion]').count();
    await suggestions.locator('[data-suggestion] button.primary').first().click();
    await expect(suggestions.locator('[data-suggestion]')).toHaveCount(before - 1);
  }

  // Preferred mentors matched by a guess: confirmed one by one; the name that fits nobody dropped; values checked.
  const fuzzy = review.getByTestId('review-fuzzy');
  await fuzzy.getByRole('button', { name: 'Orang lain sebagai “Siti” pilihan Rahmawati Susanti' }).click();
  await fuzzy.getByLabel('Cari nama: Siti', { exact: true }).fill('Siti');
  await fuzzy.getByLabel('Siapa yang dimaksud? Siti', { exact: true }).selectOption({ label: 'Siti Rahma · Bandung' });
  await expect(fuzzy).toContainText('4 mentor pilihan dicocokkan dengan tebakan');
  await expect(fuzzy).not.toContainText('“Siti”');
  while (await fuzzy.count() > 0) {
    const before = await fuzzy.getByRole('row').count();
    await fuzzy.getByRole('button', { name: /^Benar, / }).first().click();
    await expect(fuzzy.getByRole('row')).not.toHaveCount(before);
  }
  await review.getByLabel('Siapa yang dimaksud? Bu Yanti', { exact: true }).selectOption({ label: 'Tidak ada di angkatan ini (abaikan pilihan ini)' });
  const values = review.getByTestId('review-values');
  while (await values.count() > 0) {
    const before = await values.getByRole('row').count();
    await values.getByRole('button', { name: /^Sudah dicek: / }).first().click();
    await expect(values.getByRole('row')).not.toHaveCount(before);
  }
  await expect(review.getByTestId('review-empty')).toHaveText('Tidak ada yang perlu ditinjau.');
  await expect(page.getByTestId('review-tab-count')).toHaveCount(0);
  await shot(page, 'review-cleared-id');

  // A skill renamed.
  await tab(page, 'Keahlian').click();
  const skills = page.getByTestId('skills');
  const row = (name: string) => skills.locator(`tr[data-skill="${name}"]`);
  await row('Menari').getByRole('button', { name: 'Ganti nama Menari' }).click();
  await row('Menari').getByLabel('Ganti nama Menari').fill('Tari Tradisional');
  await row('Menari').getByRole('button', { name: 'Simpan' }).click();
  await expect(row('Tari Tradisional').locator('.spellings')).toContainText('Tari');

  // A second, new cohort: the same spellings are one skill there from the start, under the new name.
  const batch9 = join(running.current.home, 'pendaftaran-batch9.csv');
  writeFileSync(batch9, [
    'Nama lengkap,Nama panggilan,Keahlian yang bisa Bunda bagikan,Keahlian yang ingin Bunda pelajari,Bentuk pendampingan,Berapa mentee yang sanggup Bunda dampingi?',
    'Yuni Astuti,Yuni,"Tari, Kebun",Leadership,Kelompok,3',
    'Sri Wahyuni,Sri,"Menari, Tahsim",Berkebun,Peer 1:1,1',
    'Lina Marlina,Lina,Kepemimpinan,"Tari, Tahsin",Keduanya,2',
  ].join('\r\n'));
  await page.getByText('Angkatan', { exact: true }).click();
  await page.getByRole('button', { name: 'Angkatan baru…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nama angkatan').fill('Batch 9');
  await dialog.getByRole('button', { name: 'Buat' }).click();
  await expect(page.getByRole('button', { name: /Batch 9 · 0 peserta/ })).toBeVisible();
  await tab(page, 'Impor').click();
  await page.getByTestId('import-file').setInputFiles(batch9);
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('3 baru');
  await tab(page, 'Keahlian').click();
  await expect(row('Tari Tradisional').locator('.spellings')).toContainText('Menari');
  await expect(row('Tari Tradisional').locator('.spellings')).toContainText('Tari');
  await expect(row('Berkebun').locator('.spellings')).toContainText('Kebun');
  await expect(row('Kepemimpinan').locator('.spellings')).toContainText('Leadership');
  // "Not the same" is remembered too: Tahsim and Tahsin stay apart, and nothing is suggested.
  await expect(row('Tahsim')).toBeVisible();
  await expect(page.getByTestId('skill-suggestions')).toHaveCount(0);
  await expect(page.getByTestId('review-tab-count')).toHaveCount(0);
  await shot(page, 'review-second-cohort-skills-id');
});
