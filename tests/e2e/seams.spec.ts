import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { kupuForFile, removeHome, startKupu } from './support';

// Small seams a new coordinator walked into, in both languages: Accept all says what it did and how to
// take it back; undoing it brings the suggestions back instead of "no new pairings possible"; the two
// matcher modes are each explained in a sentence; the Compare view shows skill and score in full, scrolls
// and has a close button; empty lists say why they are empty.

const kupu = kupuForFile({ importFile: join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv') });

const words = {
  en: {
    made: /^\d+ pairings made; undo with Ctrl\+Z\.$/, none: 'No new pairings possible', undo: 'Undo', compare: 'Compare', close: 'Close',
    optimal: /^Best total: .+\.$/, stable: /^Proposals first: .+\.$/, mode: 'Matching mode', stableLabel: 'Proposals first', search: 'Search name or phone',
    noMentee: 'No mentee matches this filter.', noParticipants: 'No participants yet.', participants: 'Participants', filter: 'Filter participants',
    noParticipant: 'No participant matches this filter.',
  },
  id: {
    made: /^\d+ pasangan dibuat; batalkan dengan Ctrl\+Z\.$/, none: 'Tidak ada pasangan baru', undo: 'Urungkan', compare: 'Bandingkan', close: 'Tutup',
    optimal: /^Total terbaik: .+\.$/, stable: /^Pengajuan dulu: .+\.$/, mode: 'Cara memasangkan', stableLabel: 'Pengajuan dulu', search: 'Cari nama atau no. HP',
    noMentee: 'Tidak ada mentee yang cocok dengan saringan ini.', noParticipants: 'Belum ada peserta.', participants: 'Peserta', filter: 'Saring peserta',
    noParticipant: 'Tidak ada peserta yang cocok dengan saringan ini.',
  },
} as const;

async function open(page: Page, url: string, language: 'en' | 'id') {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page.getByLabel(/Bahasa|Language/).selectOption(language);
}

for (const language of ['en', 'id'] as const) {
  const w = words[language];
  test(`accept all says what it did, undo brings the suggestions back, modes explained, compare readable (${language})`, async ({ page }) => {
    await open(page, kupu.current.url, language);
    await expect(page.getByTestId('pool').getByTestId('card')).toHaveCount(10);
    const bar = page.getByTestId('suggestion-bar');

    await page.getByLabel(w.mode).selectOption({ label: w.stableLabel });
    await page.getByTestId('suggest').click();
    await expect(bar.getByTestId('mode-hint')).toHaveText(w.stable);
    await page.getByLabel(w.mode).selectOption('optimal');
    await page.getByTestId('suggest').click();
    await expect(bar.getByTestId('mode-hint')).toHaveText(w.optimal);
    const suggested = await page.getByTestId('ghost').count();
    expect(suggested).toBeGreaterThan(3);

    // Compare: mentor, skill and score each in their own column, in full; a close button; it scrolls.
    await bar.getByRole('button', { name: w.compare }).click();
    const dialog = page.getByTestId('compare-dialog');
    const row = dialog.locator('tbody tr').first();
    await expect(row.locator('td')).toHaveCount(6);
    await expect(row.locator('td').nth(3)).not.toBeEmpty();
    await expect(row.locator('td').nth(4)).toHaveText(/^\d+$/);
    const clipped = await dialog.locator('td').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
    expect(clipped).toBe(0);
    expect(await dialog.locator('.compare-scroll').evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
    await page.screenshot({ path: `.tmp/screens/compare-${language}.png` });
    await dialog.getByRole('button', { name: w.close, exact: true }).click();
    await expect(dialog).toBeHidden();

    await page.getByTestId('accept-all').click();
    await expect(page.getByTestId('ghost')).toHaveCount(0);
    await expect(bar.getByTestId('applied')).toHaveText(w.made);
    expect(Number((await bar.getByTestId('applied').textContent())?.match(/^\d+/)?.[0])).toBe(suggested);
    await expect(bar).not.toContainText(w.none);

    // Undo: the mentees are free again, and the suggestions come back rather than "none possible".
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('ghost')).toHaveCount(suggested);
    await expect(bar).not.toContainText(w.none);
    await expect(bar.getByTestId('applied')).toHaveCount(0);
    // Redo: the pairings are back, and so nothing is left to suggest.
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByTestId('ghost')).toHaveCount(0);
    await expect(bar).toContainText(w.none);
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('ghost')).toHaveCount(suggested);

    // A filter that hides every unassigned mentee says so.
    await page.getByPlaceholder(w.search).fill('zzz-nobody');
    await expect(page.getByTestId('pool-empty')).toHaveText(w.noMentee);
    await page.getByPlaceholder(w.search).fill('');

    await page.getByRole('button', { name: w.participants, exact: true }).click();
    await page.getByPlaceholder(w.filter).fill('zzz-nobody');
    await expect(page.getByTestId('participants-none')).toHaveText(w.noParticipant);
    await page.getByPlaceholder(w.filter).fill('');
  });

  test(`an empty cohort says it has no participants yet (${language})`, async ({ page }) => {
    const empty = await startKupu();
    try {
      await open(page, empty.url, language);
      await expect(page.getByTestId('pool-empty')).toContainText(w.noParticipants);
      await expect(page.locator('.empty-board').first()).toContainText(w.noParticipants);
    } finally {
      await empty.stop();
      removeHome(empty.home);
    }
  });
}

test('a message on screen follows a switch of the interface language', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
  });
  await open(page, kupu.current.url, 'en');
  await page.getByTestId('suggest').click();
  await page.getByTestId('accept-all').click();
  await expect(page.getByTestId('ghost')).toHaveCount(0);
  await page.getByRole('button', { name: 'Rosters', exact: true }).click();
  await page.getByTestId('copy-all').click();
  const status = page.locator('.status-line');
  await expect(status).toHaveText('Copied Copy all for WhatsApp — paste it into WhatsApp.');
  await page.getByLabel(/Bahasa|Language/).selectOption('id');
  await expect(status).toHaveText('Salin semua untuk WhatsApp tersalin — tempelkan di WhatsApp.');
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await expect(status).toHaveText(/^Copied /);
});
