import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { card, kupuForEachTest, screensDir } from './support';

// The import wizard end to end, against the real backend: a multi-sheet XLSX (pick the sheet, correct
// a column, preview, import, see the people on the board), a broken file (the error names file, row
// and column; nothing changes), a re-import that finds nothing new and remembers the corrected column,
// a CSV with preferred mentors to resolve by hand, and the skills vocabulary with a merge and its undo.

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'registrations');
const screens = screensDir();

const running = kupuForEachTest();

async function open(page: Page, language: 'en' | 'id'): Promise<void> {
  await page.goto(running.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption(language);
}

const tab = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });
const participantCount = (page: Page) => page.locator('.cohort-name');

test('XLSX: pick the sheet, correct a column, import; a broken file changes nothing; a re-import finds nothing new', async ({ page }) => {
  await open(page, 'en');
  await tab(page, 'Import').click();
  await page.getByTestId('import-file').setInputFiles(join(fixtures, 'multi-sheet.xlsx'));
  await expect(page.getByTestId('import-summary')).toContainText('16 rows: 16 new, 0 updated, 0 unchanged, 1 duplicate submissions merged');
  const sheet = page.getByTestId('import-sheet');
  await expect(sheet).toHaveValue('Pendaftaran');

  // The summary sheet holds no registrations: the wizard says why, and the sheet can be changed back.
  await sheet.selectOption('Rekap');
  await expect(page.getByTestId('import-errors')).toContainText("No column was recognised as the participant's name");
  await expect(page.getByTestId('import-commit')).toHaveCount(0);
  await sheet.selectOption('Pendaftaran');
  await expect(page.getByTestId('import-summary')).toContainText('16 rows: 16 new');

  // Correct two columns: birthdays go to the notes, the city stays an extra field.
  const mapping = page.getByTestId('import-mapping');
  await mapping.getByLabel('Tanggal lahir', { exact: true }).selectOption('notes');
  await mapping.getByLabel('Kota', { exact: true }).selectOption('');
  const preview = page.getByTestId('import-preview');
  await expect(preview.locator('tbody tr').first()).toContainText('Siti Nurhaliza Putri');
  await expect(preview.locator('tbody tr').first()).toContainText('+6281234567890');
  await expect(preview.locator('tbody tr').first()).not.toContainText('Bandung');
  await page.screenshot({ path: join(screens, 'import-xlsx-preview-en.png'), fullPage: true });

  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('Imported: 16 new, 0 updated, 0 unchanged.');
  await expect(participantCount(page)).toContainText('16 participants');
  await page.screenshot({ path: join(screens, 'import-xlsx-done-en.png'), fullPage: true });

  await tab(page, 'Board').click();
  for (const name of ['Siti Nurhaliza Putri', 'Dewi Lestari', 'Mega Puspitasari']) await expect(card(page, name).first()).toBeVisible();
  await page.screenshot({ path: join(screens, 'import-board-en.png') });

  // A ragged CSV: refused with file, row and column named, and the cohort is as it was.
  await tab(page, 'Import').click();
  await page.getByTestId('import-file').setInputFiles(join(fixtures, 'ragged.csv'));
  const failure = page.getByTestId('import-failure');
  await expect(failure).toContainText('nothing was changed');
  await expect(failure).toContainText('ragged.csv');
  await expect(failure).toContainText('Row 5');
  await expect(failure).toContainText('column “P”');
  await expect(page.getByTestId('import-commit')).toHaveCount(0);
  await expect(participantCount(page)).toContainText('16 participants');
  await page.screenshot({ path: join(screens, 'import-ragged-en.png'), fullPage: true });

  // The same workbook again: one step (the corrected columns are remembered), nothing new.
  await page.getByTestId('import-file').setInputFiles(join(fixtures, 'multi-sheet.xlsx'));
  await expect(page.getByTestId('import-summary')).toContainText('16 rows: 0 new, 0 updated, 16 unchanged');
  await expect(page.getByTestId('import-sheet')).toHaveValue('Pendaftaran');
  await expect(mapping.getByLabel('Tanggal lahir', { exact: true })).toHaveValue('notes');
  await expect(mapping.getByLabel('Kota', { exact: true })).toHaveValue('');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('Imported: 0 new, 0 updated, 16 unchanged.');

  await page.getByLabel(/Bahasa|Language/).selectOption('id');
  await page.getByTestId('import-file').setInputFiles(join(fixtures, 'ragged.csv'));
  await expect(page.getByTestId('import-failure')).toContainText('Baris 5');
  // The backend's words reach the Indonesian interface in Indonesian, not only the labels around them.
  await expect(page.getByTestId('import-failure')).toContainText('periksa tanda kutip yang hilang');
  await expect(page.getByTestId('import-failure')).not.toContainText('check for a missing quote');
  await page.screenshot({ path: join(screens, 'import-ragged-id.png'), fullPage: true });
});

test('CSV: preferred mentors resolved by hand, a re-import, and the skills vocabulary with a merge', async ({ page }) => {
  const csv = join(running.current.home, 'pendaftaran-tambahan.csv');
  writeFileSync(csv, [
    'Full name,Email address,Skills you can mentor,Skills you want to learn,Kind of mentoring,Max mentees,Preferred mentor 1,Preferred mentor 2',
    'Siti Aminah,siti.aminah@example.com,Canva,Peta Konsep,Group,3,,',
    'Nur Aminah,nur.aminah@example.com,"Mind Mapping, Canva",Baking,Peer,1,,',
    'Rina Marlina,rina.m@example.com,Baking,Canva,Both,2,Aminah,Bu Yanti',
  ].join('\r\n'));

  await open(page, 'id');
  await tab(page, 'Impor').click();
  await page.getByTestId('import-file').setInputFiles(join(fixtures, 'google-forms-en.csv'));
  await expect(page.getByTestId('import-summary')).toContainText('12 baris: 12 baru');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('12 baru');

  await page.getByTestId('import-file').setInputFiles(csv);
  await expect(page.getByTestId('import-summary')).toContainText('3 baris: 3 baru');
  await page.getByTestId('import-commit').click();
  const unresolved = page.getByTestId('import-unresolved');
  await expect(unresolved).toContainText('2 mentor pilihan perlu Anda tentukan');
  await page.screenshot({ path: join(screens, 'import-unresolved-id.png'), fullPage: true });
  await unresolved.getByLabel('Siapa yang dimaksud? Aminah', { exact: true }).selectOption({ label: 'Nur Aminah' });
  await expect(unresolved).toContainText('✓ Nur Aminah');
  await expect(unresolved).toContainText('1 mentor pilihan perlu Anda tentukan');
  // Nobody fits "Bu Yanti": the search finds people as the board's does, here by a phone number typed as 0813… (Dewi's is +62 813 1111 2222).
  const yanti = unresolved.getByLabel('Siapa yang dimaksud? Bu Yanti', { exact: true });
  await unresolved.getByLabel('Cari nama: Bu Yanti').fill('0813 1111');
  await expect(yanti).toContainText('Dewi Lestari');
  await expect(yanti).not.toContainText('Siti');
  await yanti.selectOption({ label: 'Tidak ada di angkatan ini (abaikan pilihan ini)' });
  await expect(unresolved).toContainText('Semua mentor pilihan sudah ditentukan.');
  await page.screenshot({ path: join(screens, 'import-resolved-id.png'), fullPage: true });

  // The same file again: nothing new, and the choice made by hand stays.
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await page.getByTestId('import-file').setInputFiles(csv);
  await expect(page.getByTestId('import-summary')).toContainText('3 rows: 0 new, 0 updated, 3 unchanged');
  await page.screenshot({ path: join(screens, 'import-reimport-en.png'), fullPage: true });

  // Skills: "Peta Konsep" is merged into "Mind Mapping", then the merge is undone.
  await tab(page, 'Skills').click();
  const skills = page.getByTestId('skills');
  const row = (name: string) => skills.locator(`tr[data-skill="${name}"]`);
  await expect(row('Mind Mapping')).toBeVisible();
  await expect(row('Peta Konsep')).toBeVisible();
  const offeredBefore = Number(await row('Mind Mapping').locator('td.num').first().textContent());
  await page.screenshot({ path: join(screens, 'skills-en.png'), fullPage: true });
  // The target is typed, suggested from the skills list; a skill can't merge into itself, and case need not match.
  const mergeInto = row('Peta Konsep').getByLabel('Merge Peta Konsep into');
  const mergeButton = row('Peta Konsep').getByRole('button', { name: 'Merge' });
  await mergeInto.fill('Peta Konsep');
  await expect(mergeButton).toBeDisabled();
  await mergeInto.fill('mind mapping');
  await mergeButton.click();
  await expect(row('Peta Konsep')).toHaveCount(0);
  await expect(row('Mind Mapping').locator('.spellings')).toContainText('Peta Konsep');
  expect(Number(await row('Mind Mapping').locator('td.num').first().textContent())).toBeGreaterThanOrEqual(offeredBefore);
  await page.screenshot({ path: join(screens, 'skills-merged-en.png'), fullPage: true });

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row('Peta Konsep')).toBeVisible();
  await page.getByLabel(/Bahasa|Language/).selectOption('id');
  await expect(page.getByRole('heading', { name: 'Daftar keahlian' })).toBeVisible();
  await page.screenshot({ path: join(screens, 'skills-id.png'), fullPage: true });
});
