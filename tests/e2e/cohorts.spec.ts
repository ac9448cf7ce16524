import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { kupuForFile, removeHome, screensDir, startKupu } from './support';

// One coherent cohort, in both languages: the first cohort asks for its name; a new cohort is made by
// giving it a name (its file lands in Kupu's folder, named after it); a new name shows everywhere at once;
// and nothing of one cohort's screens (import report, Needs review, search text, suggestions) shows in another.

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const paired = kupuForFile({ importFile: join(fixtures, 'cohort-small.csv'), apply: true });

const words = {
  en: {
    nameTitle: 'Name this cohort', name: 'Cohort name', saveName: 'Save name', menu: 'Cohort', new: 'New cohort…', newTitle: 'New cohort',
    create: 'Create', elsewhere: 'Choose another place…', participants0: '0 participants', participants16: '16 participants', settings: 'Cohort settings',
    rosters: 'Rosters', board: 'Board', import: 'Import', review: 'Needs review', search: 'Search name or phone', reviewEmpty: 'Nothing needs review.',
    participants: 'Participants', filter: 'Filter participants', newDone: '16 new',
  },
  id: {
    nameTitle: 'Beri nama angkatan ini', name: 'Nama angkatan', saveName: 'Simpan nama', menu: 'Angkatan', new: 'Angkatan baru…', newTitle: 'Angkatan baru',
    create: 'Buat', elsewhere: 'Pilih tempat lain…', participants0: '0 peserta', participants16: '16 peserta', settings: 'Pengaturan angkatan',
    rosters: 'Daftar Kelompok', board: 'Papan', import: 'Impor', review: 'Perlu ditinjau', search: 'Cari nama atau no. HP', reviewEmpty: 'Tidak ada yang perlu ditinjau.',
    participants: 'Peserta', filter: 'Saring peserta', newDone: '16 baru',
  },
} as const;

async function open(page: Page, url: string, language: 'en' | 'id'): Promise<void> {
  page.on('dialog', (native) => { throw new Error(`native ${native.type()} dialog: ${native.message()}`); });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page.getByLabel(/Bahasa|Language/).selectOption(language);
}

/** A tab by its name (Needs review carries its count after the name). */
const tab = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}\\d*$`) });
const header = (page: Page) => page.locator('.cohort-name');

async function newCohort(page: Page, language: 'en' | 'id', name: string): Promise<void> {
  const w = words[language];
  await page.getByText(w.menu, { exact: true }).click();
  await page.getByRole('button', { name: w.new }).click();
  const dialog = page.getByTestId('new-cohort');
  await expect(dialog.getByRole('heading', { name: w.newTitle })).toBeVisible();
  await dialog.getByLabel(w.name).fill(name);
  await dialog.getByRole('button', { name: w.create }).click();
  await expect(dialog).toBeHidden();
}

for (const language of ['en', 'id'] as const) {
  const w = words[language];

  test(`the first cohort asks for its name; a new cohort is made by its name in Kupu's folder (${language})`, async ({ page }) => {
    const kupu = await startKupu({ unnamed: true });
    try {
      await open(page, kupu.url, language);
      // First launch: an empty cohort with no name asks for one, in the app's own dialog.
      const ask = page.getByTestId('name-cohort');
      await expect(ask.getByRole('heading', { name: w.nameTitle })).toBeVisible();
      await expect(ask.getByRole('button', { name: w.saveName })).toBeDisabled();
      await ask.getByLabel(w.name).fill('Bunda Cekatan Batch 7');
      await page.screenshot({ path: join(screensDir(), `cohort-name-first-${language}.png`) });
      await ask.getByRole('button', { name: w.saveName }).click();
      await expect(ask).toBeHidden();
      await expect(header(page)).toHaveText(`Bunda Cekatan Batch 7 · ${w.participants0}`);
      await expect(page).toHaveTitle('Bunda Cekatan Batch 7 — Kupu');
      await page.reload();
      await expect(header(page)).toHaveText(`Bunda Cekatan Batch 7 · ${w.participants0}`);
      await expect(page.getByTestId('name-cohort')).toHaveCount(0);

      // New cohort: a name is all it asks; the browser host offers no other place than Kupu's folder.
      await page.getByText(w.menu, { exact: true }).click();
      await page.getByRole('button', { name: w.new }).click();
      const dialog = page.getByTestId('new-cohort');
      await expect(dialog.getByRole('button', { name: w.create })).toBeDisabled();
      await dialog.getByLabel(w.name).fill('   ');
      await expect(dialog.getByRole('button', { name: w.create })).toBeDisabled();
      await expect(dialog.getByRole('button', { name: w.elsewhere })).toHaveCount(0);
      await dialog.getByLabel(w.name).fill('Angkatan 2026/2027');
      await page.screenshot({ path: join(screensDir(), `cohort-new-${language}.png`) });
      await dialog.getByLabel(w.name).press('Enter');
      await expect(dialog).toBeHidden();
      await expect(header(page)).toHaveText(`Angkatan 2026/2027 · ${w.participants0}`);
      await expect(page).toHaveTitle('Angkatan 2026/2027 — Kupu');
      expect(existsSync(join(kupu.home, 'Angkatan 2026 2027.kupu.sqlite'))).toBe(true);
      // It has its name: it does not ask for one.
      await expect(page.getByTestId('name-cohort')).toHaveCount(0);

      // The same name again: a second file beside the first, never the first one reused.
      await newCohort(page, language, 'Angkatan 2026/2027');
      await expect(header(page)).toHaveText(`Angkatan 2026/2027 · ${w.participants0}`);
      await expect(header(page)).toHaveAttribute('title', new RegExp(`Angkatan 2026 2027 \\(2\\)\\.kupu\\.sqlite$`));
      expect(existsSync(join(kupu.home, 'Angkatan 2026 2027 (2).kupu.sqlite'))).toBe(true);
    } finally {
      await kupu.stop();
      removeHome(kupu.home);
    }
  });

  test(`a new name shows at once in the header, the window title and the roster (${language})`, async ({ page }) => {
    await open(page, paired.current.url, language);
    await header(page).click();
    await expect(page.getByRole('heading', { name: w.settings })).toBeVisible();
    const renamed = `Batch 7 ${language.toUpperCase()} ✿`;
    await page.getByLabel(w.name, { exact: true }).fill(renamed);
    await page.keyboard.press('Tab');
    await expect(header(page)).toContainText(`${renamed} · `);
    await expect(page).toHaveTitle(`${renamed} — Kupu`);
    await tab(page, w.rosters).click();
    await expect(page.frameLocator('iframe.roster-frame').locator('h1.cohort').first()).toHaveText(renamed);
    // Undo takes the old name back everywhere too.
    await page.keyboard.press('Control+z');
    await expect(page.frameLocator('iframe.roster-frame').locator('h1.cohort').first()).not.toHaveText(renamed);
    await expect(page).not.toHaveTitle(`${renamed} — Kupu`);
    await expect(header(page)).not.toContainText(renamed);
  });

  test(`nothing of one cohort's screens shows in another (${language})`, async ({ page }) => {
    const kupu = await startKupu();
    try {
      await open(page, kupu.url, language);
      // Cohort A: an import with its report, a Needs review list, a participants filter, a board search and suggestions.
      await tab(page, w.import).click();
      await page.getByTestId('import-file').setInputFiles(join(fixtures, 'registrations', 'pendaftaran-batch8.csv'));
      await page.getByTestId('import-commit').click();
      await expect(page.getByTestId('import-done')).toContainText(w.newDone);
      await expect(page.getByTestId('review-tab-count')).toHaveText('16');
      await tab(page, w.review).click();
      await expect(page.getByTestId('review').getByTestId('review-count')).toBeVisible();
      await tab(page, w.participants).click();
      await page.getByPlaceholder(w.filter).fill('Rahma');
      await tab(page, w.board).click();
      await page.getByPlaceholder(w.search).fill('Rahma');
      await page.getByTestId('suggest').click();
      await expect(page.getByTestId('suggestion-bar')).toBeVisible();

      // Cohort B, new and empty: none of A's state.
      await newCohort(page, language, 'Batch 8');
      await expect(header(page)).toHaveText(`Batch 8 · ${w.participants0}`);
      await expect(page.getByPlaceholder(w.search)).toHaveValue('');
      await expect(page.getByTestId('suggestion-bar')).toHaveCount(0);
      await expect(page.getByTestId('ghost')).toHaveCount(0);
      await expect(page.getByTestId('compare-dialog')).toHaveCount(0);
      await expect(page.getByTestId('card')).toHaveCount(0);
      await expect(page.getByTestId('review-tab-count')).toHaveCount(0);
      await page.screenshot({ path: join(screensDir(), `cohort-switched-board-${language}.png`) });
      await tab(page, w.participants).click();
      await expect(page.getByPlaceholder(w.filter)).toHaveValue('');
      await tab(page, w.import).click();
      await expect(page.getByTestId('import-done')).toHaveCount(0);
      await expect(page.getByTestId('import-summary')).toHaveCount(0);
      await expect(page.getByTestId('import-history')).toHaveCount(0);
      await tab(page, w.review).click();
      await expect(page.getByTestId('review-empty')).toHaveText(w.reviewEmpty);
      await expect(page.getByTestId('review-count')).toHaveCount(0);

      // Back to A: its own data again, and the state left behind in B does not follow either.
      await page.getByText(w.menu, { exact: true }).click();
      await page.getByRole('button', { name: language === 'en' ? 'Open cohort…' : 'Buka angkatan…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: kupu.dbPath }).click();
      await expect(header(page)).toHaveText(`Batch 7 · ${w.participants16}`);
      await expect(page.getByTestId('review-tab-count')).toHaveText('16');
    } finally {
      await kupu.stop();
      removeHome(kupu.home);
    }
  });
}
