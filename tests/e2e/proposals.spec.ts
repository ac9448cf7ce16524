import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { card, removeHome, startKupu } from './support';

// Proposals follow the pairings, seen on the Proposals screen in both languages: pairing a mentee on the
// board withdraws her other proposals (naming her mentor) and undo reopens them; a proposal recorded for
// a mentee already paired is said and shown where it landed; closing a mentor (asked first, in the app's
// own dialog) declines hers, and reopening her reopens them.

const fixture = join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv');

const words = {
  en: {
    proposals: 'Proposals', board: 'Board', fromForm: 'Record proposals from the form', actions: /Actions for/, assignTo: 'Assign to…',
    pending: 'Pending', withdrawn: 'Withdrawn', declined: 'Declined', all: 'All', mentee: 'Mentee', mentor: 'Mentor', record: 'Record',
    pairedWithSiti: 'withdrawn — paired with Siti Rahmawati', recorded: 'Recorded Nur Aisyah → Rina Wulandari: withdrawn (paired with Siti Rahmawati)',
    closeAyu: 'Close: Ayu Kartika', reopenAyu: 'Reopen: Ayu Kartika', closeTitle: 'Close Ayu Kartika to new mentees?', closeYes: 'Close Ayu Kartika',
    closeBody: 'Her 3 waiting proposals are declined', mentorClosed: 'declined — the mentor closed', undo: 'Undo', search: 'Search mentee or mentor',
  },
  id: {
    proposals: 'Pengajuan', board: 'Papan', fromForm: 'Catat pengajuan dari formulir', actions: /Tindakan untuk/, assignTo: 'Pasangkan ke…',
    pending: 'Menunggu', withdrawn: 'Ditarik', declined: 'Ditolak', all: 'Semua', mentee: 'Mentee', mentor: 'Mentor', record: 'Catat',
    pairedWithSiti: 'ditarik — sudah berpasangan dengan Siti Rahmawati', recorded: 'Dicatat Nur Aisyah → Rina Wulandari: ditarik (sudah berpasangan dengan Siti Rahmawati)',
    closeAyu: 'Tutup: Ayu Kartika', reopenAyu: 'Buka kembali: Ayu Kartika', closeTitle: 'Tutup Ayu Kartika untuk mentee baru?', closeYes: 'Tutup Ayu Kartika',
    closeBody: '3 pengajuan yang menunggu ditolak', mentorClosed: 'ditolak — mentor sudah tutup', undo: 'Urungkan', search: 'Cari mentee atau mentor',
  },
} as const;

const tab = (page: Page, name: string) => page.getByRole('group', { name: /Show|Tampilkan/ }).getByRole('button', { name: new RegExp(`^${name} \\d+$`) });
const row = (page: Page, mentee: string, mentor: string) => page.getByTestId('proposal').filter({ hasText: `${mentee} → ${mentor}` });

for (const language of ['en', 'id'] as const) {
  const w = words[language];
  test(`pairing a mentee withdraws her other proposals, undo reopens them; closing a mentor declines hers (${language})`, async ({ page }) => {
    // A long walk through three screens: more time than one step needs on a loaded machine.
    test.setTimeout(150_000);
    const kupu = await startKupu({ importFile: fixture });
    try {
      page.on('dialog', (native) => { throw new Error(`native ${native.type()} dialog: ${native.message()}`); });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(kupu.url);
      await page.getByLabel(/Bahasa|Language/).selectOption(language);
      await page.getByRole('button', { name: w.proposals, exact: true }).click();
      await page.getByRole('button', { name: w.fromForm }).click();
      await expect(tab(page, w.pending)).toHaveText(`${w.pending} 11`);
      await expect(row(page, 'Nur Aisyah', 'Ayu Kartika')).toHaveAttribute('data-status', 'pending');

      // Nur Aisyah proposed to Siti and to Ayu; the coordinator pairs her with Siti on the board (Assign to…).
      await page.getByRole('button', { name: w.board, exact: true }).click();
      await card(page.getByTestId('pool'), 'Nur Aisyah').getByRole('button', { name: w.actions }).click();
      await page.getByRole('menuitem', { name: w.assignTo }).click();
      await page.getByRole('dialog').getByRole('searchbox').fill('Siti');
      await page.getByRole('dialog').getByRole('option').filter({ hasText: 'Siti Rahmawati' }).first().click();
      await expect(card(page.getByTestId('column').filter({ hasText: 'Siti Rahmawati' }), 'Nur Aisyah')).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.getByRole('button', { name: w.proposals, exact: true }).click();
      await expect(page.getByRole('heading', { name: w.proposals, level: 2 })).toBeVisible();
      await expect(tab(page, w.pending)).toHaveText(`${w.pending} 9`);
      await tab(page, w.withdrawn).click();
      await expect(row(page, 'Nur Aisyah', 'Ayu Kartika')).toContainText(w.pairedWithSiti);

      // A proposal recorded for her now lands withdrawn at once: said, and shown in that list, marked.
      await page.getByTestId('proposal-mentee').fill('Nur Aisyah');
      await page.getByTestId('proposal-mentor').fill('Rina Wulandari');
      await page.getByRole('button', { name: w.record, exact: true }).click();
      await expect(page.getByTestId('proposals-message')).toHaveText(w.recorded);
      await expect(tab(page, w.withdrawn)).toHaveAttribute('aria-pressed', 'true');
      await expect(row(page, 'Nur Aisyah', 'Rina Wulandari')).toHaveClass(/just-recorded/);
      await page.screenshot({ path: `.tmp/screens/proposals-recorded-${language}.png` });

      // Undo twice (the proposal just recorded, then the pairing): her proposals are waiting again.
      await page.getByRole('button', { name: w.undo }).click();
      await expect(row(page, 'Nur Aisyah', 'Rina Wulandari')).toHaveCount(0);
      await page.getByRole('button', { name: w.undo }).click();
      await expect(tab(page, w.withdrawn)).toHaveText(`${w.withdrawn} 0`);
      await tab(page, w.pending).click();
      await expect(tab(page, w.pending)).toHaveText(`${w.pending} 11`);
      await expect(row(page, 'Nur Aisyah', 'Ayu Kartika')).toHaveAttribute('data-status', 'pending');

      // Closing Ayu Kartika asks first, saying her three waiting proposals will be declined.
      await page.getByRole('button', { name: w.closeAyu }).click();
      const dialog = page.getByRole('alertdialog', { name: w.closeTitle });
      await expect(dialog).toContainText(w.closeBody);
      await dialog.getByRole('button', { name: w.closeYes }).click();
      await expect(tab(page, w.pending)).toHaveText(`${w.pending} 8`);
      await tab(page, w.declined).click();
      await page.getByRole('searchbox', { name: w.search }).fill('ayu');
      await expect(page.getByTestId('proposal')).toHaveCount(3);
      await expect(row(page, 'Maya Sari', 'Ayu Kartika')).toContainText(w.mentorClosed);
      await page.screenshot({ path: `.tmp/screens/proposals-declined-${language}.png` });

      // Reopening her reopens exactly those.
      await page.getByRole('button', { name: w.reopenAyu }).click();
      await expect(tab(page, w.declined)).toHaveText(`${w.declined} 0`);
      await expect(tab(page, w.pending)).toHaveText(`${w.pending} 11`);
      expect(errors).toEqual([]);
    } finally {
      await kupu.stop();
      removeHome(kupu.home);
    }
  });
}
