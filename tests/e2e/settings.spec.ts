import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { kupuForFile } from './support';

// Cohort settings as a coordinator changes them, in both languages: the program name heads the roster at
// once, an 8-month phase gives the journal tracker its 35 weekly journals, a bad value is refused in
// words, and Ctrl+Z takes a change back on every screen.

const kupu = kupuForFile({ importFile: join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv'), apply: true });

const words = {
  en: {
    tab: { rosters: 'Rosters', journals: 'Journals' }, title: 'Cohort settings', program: 'Program name', start: 'Start date', duration: 'Duration',
    unit: 'Unit', months: 'months', groupSize: 'Group size limit', saved: 'Saved: Program name', refused: 'Give a whole number from 1 to 50.',
    phase: '35 weekly journals · Monday, 5 January 2026 – Friday, 4 September 2026', rosterPhase: '5 January 2026 – 4 September 2026 (8 months)',
    weeks8: '8 weekly journals', weightHint: 'Earned when the mentor offers the skill the mentee seeks.', rosterLanguage: 'Roster and export language',
  },
  id: {
    tab: { rosters: 'Daftar Kelompok', journals: 'Jurnal' }, title: 'Pengaturan angkatan', program: 'Nama program', start: 'Tanggal mulai', duration: 'Lama',
    unit: 'Satuan', months: 'bulan', groupSize: 'Batas anggota kelompok', saved: 'Tersimpan: Nama program', refused: 'Isi bilangan bulat dari 1 sampai 50.',
    phase: '35 jurnal mingguan · Senin, 5 Januari 2026 – Jumat, 4 September 2026', rosterPhase: '5 Januari 2026 – 4 September 2026 (8 bulan)',
    weeks8: '8 jurnal mingguan', weightHint: 'Didapat bila mentor menawarkan keahlian yang dicari mentee.', rosterLanguage: 'Bahasa daftar kelompok dan ekspor',
  },
} as const;

async function openSettings(page: Page, language: 'en' | 'id') {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption(language);
  await page.locator('.cohort-name').click();
  await expect(page.getByRole('heading', { name: words[language].title })).toBeVisible();
}

for (const language of ['en', 'id'] as const) {
  const w = words[language];
  test(`settings change the roster header and the journal weeks at once, and undo takes them back (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSettings(page, language);
    const program = `Sekolah Ibu ${language.toUpperCase()}`;
    await page.getByLabel(w.program).fill(program);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('announcer')).toHaveText(w.saved);
    // The roster and export language is the participants': set it apart from the interface's.
    await page.getByLabel(w.rosterLanguage).selectOption(language);

    await page.getByLabel(w.start).fill('05/01/2026');
    await page.keyboard.press('Tab');
    await page.getByLabel(w.duration, { exact: true }).fill('8');
    await page.getByLabel(w.unit).selectOption('months');
    await expect(page.getByTestId('phase-line')).toHaveText(w.phase);
    await expect(page.getByText(w.weightHint)).toBeVisible();

    // A value out of range is refused in words, and nothing changes.
    await page.getByLabel(w.groupSize).fill('0');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: w.refused })).toBeVisible();
    await page.screenshot({ path: `.tmp/screens/settings-${language}.png`, fullPage: true });
    await page.getByLabel(w.groupSize).press('Escape');

    await page.getByRole('button', { name: w.tab.rosters, exact: true }).click();
    const band = page.frameLocator('iframe.roster-frame').locator('.band-top .program').first();
    await expect(band).toHaveText(program);
    await expect(page.frameLocator('iframe.roster-frame').locator('.phase').first()).toContainText(w.rosterPhase);

    await page.getByRole('button', { name: w.tab.journals, exact: true }).click();
    await expect(page.locator('th.tracker-week')).toHaveCount(35);
    // Undo the unit: the tracker follows at once.
    await page.keyboard.press('Control+z');
    await expect(page.locator('th.tracker-week')).toHaveCount(8);
    await page.locator('.cohort-name').click();
    await expect(page.getByTestId('phase-line')).toContainText(w.weeks8);
    await expect(page.getByLabel(w.unit)).toHaveValue('weeks');
  });
}
