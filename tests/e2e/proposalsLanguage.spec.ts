import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { removeHome, screensDir, startKupu } from './support';

// The Proposals screen speaks the interface's language through and through, and follows a switch at once
// (no reload): the status line it keeps, the reasons of decided proposals (paired with someone, the
// coordinator's reason), the filters, the empty states, and the dates (dd/mm/yyyy in both languages).

const fixture = join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv');

const words = {
  en: {
    title: 'Proposals', perMentor: 'Requests per mentor', fromForm: 'Record proposals from the form', record: 'Record', accept: 'Accept', decline: 'Decline…',
    confirmDecline: 'Decline', tabs: ['Pending', 'Accepted', 'Declined', 'Withdrawn', 'All'], search: 'Search mentee or mentor',
    recorded: 'Recorded Nur Aisyah → Rina Wulandari: withdrawn (paired with Siti Rahmawati)', paired: 'withdrawn — paired with Siti Rahmawati',
    declined: 'declined — The skill sought doesn’t match what is offered', accepted: 'accepted', noneMatch: 'No proposal matches this filter.',
    time: /^\d\d\/\d\d\/\d{4}, \d\d:\d\d$/, foreign: ['ditarik', 'menunggu', 'Pengajuan', 'sudah berpasangan', 'Tolak'],
  },
  id: {
    title: 'Pengajuan', perMentor: 'Pengajuan per mentor', fromForm: 'Catat pengajuan dari formulir', record: 'Catat', accept: 'Terima', decline: 'Tolak…',
    confirmDecline: 'Tolak', tabs: ['Menunggu', 'Diterima', 'Ditolak', 'Ditarik', 'Semua'], search: 'Cari mentee atau mentor',
    recorded: 'Dicatat Nur Aisyah → Rina Wulandari: ditarik (sudah berpasangan dengan Siti Rahmawati)', paired: 'ditarik — sudah berpasangan dengan Siti Rahmawati',
    declined: 'ditolak — Keahlian yang dicari tidak sesuai dengan yang ditawarkan', accepted: 'diterima', noneMatch: 'Tidak ada pengajuan yang cocok dengan filter ini.',
    time: /^\d\d\/\d\d\/\d{4}, \d\d\.\d\d$/, foreign: ['withdrawn', 'pending', 'Proposals', 'paired with', 'Decline', 'Record'],
  },
} as const;

const row = (page: Page, mentee: string, mentor: string) => page.getByTestId('proposal').filter({ hasText: `${mentee} → ${mentor}` });
const language = (page: Page, to: 'en' | 'id') => page.getByLabel(/Bahasa|Language/).selectOption(to);

/** Everything on the screen in `lang`, and none of the other language's words. */
async function saysAllIn(page: Page, lang: 'en' | 'id'): Promise<void> {
  const w = words[lang];
  const screen = page.locator('.proposals-view');
  await expect(screen.getByRole('heading', { name: w.title, level: 2 })).toBeVisible();
  await expect(screen.getByRole('heading', { name: w.perMentor })).toBeVisible();
  await expect(page.getByTestId('proposals-message')).toHaveText(w.recorded);
  const statuses = ['pending', 'accepted', 'declined', 'withdrawn', 'all'] as const;
  for (const [i, status] of statuses.entries()) await expect(page.getByTestId(`status-${status}`)).toHaveText(new RegExp(`^${w.tabs[i]} \\d+$`));
  await expect(page.getByRole('searchbox', { name: w.search })).toBeVisible();
  await expect(row(page, 'Nur Aisyah', 'Ayu Kartika')).toContainText(w.paired);
  await expect(row(page, 'Nur Aisyah', 'Rina Wulandari')).toContainText(w.paired);
  await expect(row(page, 'Maya Sari', 'Ayu Kartika')).toContainText(w.declined);
  await expect(row(page, 'Nur Aisyah', 'Siti Rahmawati')).toContainText(w.accepted);
  await expect(screen.getByRole('button', { name: w.accept, exact: true }).first()).toBeVisible();
  for (const time of await screen.locator('time').allTextContents()) expect(time).toMatch(w.time);
  const text = (await screen.innerText()).replace(/Nur Aisyah|Siti Rahmawati|Rina Wulandari|Ayu Kartika|Maya Sari/g, '');
  for (const foreign of w.foreign) expect(text, `no "${foreign}" on the ${lang} screen`).not.toContain(foreign);
}

for (const first of ['en', 'id'] as const) {
  const second = first === 'en' ? 'id' : 'en';
  test(`every message on the Proposals screen follows a language switch without a reload (${first} → ${second} → ${first})`, async ({ page }) => {
    test.setTimeout(120_000);
    const kupu = await startKupu({ importFile: fixture });
    try {
      const w = words[first];
      page.on('dialog', (native) => { throw new Error(`native ${native.type()} dialog: ${native.message()}`); });
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(kupu.url);
      await language(page, first);
      await page.getByRole('navigation').getByRole('button', { name: w.title, exact: true }).click();
      await page.getByRole('button', { name: w.fromForm }).click();
      await expect(page.getByTestId('status-pending')).toHaveText(`${w.tabs[0]} 11`);

      // Decided every way: declined with the coordinator's reason, accepted (her others withdrawn), and
      // one recorded for a mentee already paired, which lands withdrawn and is said in the status line.
      await row(page, 'Maya Sari', 'Ayu Kartika').getByRole('button', { name: w.decline }).click();
      await page.getByTestId('confirm-decline').click();
      await row(page, 'Nur Aisyah', 'Siti Rahmawati').getByRole('button', { name: w.accept, exact: true }).click();
      await expect(row(page, 'Nur Aisyah', 'Siti Rahmawati')).toHaveCount(0);
      await page.getByTestId('proposal-mentee').fill('Nur Aisyah');
      await page.getByTestId('proposal-mentor').fill('Rina Wulandari');
      await page.getByRole('button', { name: w.record, exact: true }).click();
      await page.getByTestId('status-all').click();

      await saysAllIn(page, first);
      await language(page, second);
      await saysAllIn(page, second);
      await page.screenshot({ path: join(screensDir(), `proposals-switched-${second}.png`) });
      await language(page, first);
      await saysAllIn(page, first);

      // The empty state of a filter follows too.
      await page.getByRole('searchbox', { name: w.search }).fill('zzz-nobody');
      await expect(page.getByTestId('proposals-empty')).toHaveText(w.noneMatch);
      await language(page, second);
      await expect(page.getByTestId('proposals-empty')).toHaveText(words[second].noneMatch);
      await expect(page.getByRole('searchbox', { name: words[second].search })).toHaveValue('zzz-nobody');
    } finally {
      await kupu.stop();
      removeHome(kupu.home);
    }
  });
}
