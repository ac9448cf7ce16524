import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formCohort } from '../support/matching/formCohort';
import { writeRegistrationCsv } from '../support/matching/registrationCsv';
import { kupuForFile } from './support';

// "Copy all for WhatsApp" on a cohort whose roster is longer than one WhatsApp message (about 65,000
// characters): the button says into how many messages it is split, the dialog copies them one by one,
// and each copied message is complete on its own and under the limit, in English and Indonesian.

const formFile = join(mkdtempSync(join(tmpdir(), 'kupu-wa-')), 'registrations.csv');
writeRegistrationCsv(formCohort(23, { size: 700, skills: 6, regions: 4, levels: 2, tightness: 'balanced' }), formFile);
const kupu = kupuForFile({ importFile: formFile, apply: true });

const words = {
  en: { tab: 'Rosters', copyAll: /^Copy all for WhatsApp \((\d+) messages\)$/, title: /Copy all for WhatsApp: \d+ messages/, part: 'Message', copyPart: 'Copy message', copied: /Copied message \d+ of \d+/ },
  id: { tab: 'Daftar Kelompok', copyAll: /^Salin semua untuk WhatsApp \((\d+) pesan\)$/, title: /Salin semua untuk WhatsApp: \d+ pesan/, part: 'Pesan', copyPart: 'Salin pesan', copied: /Pesan \d+ dari \d+ tersalin/ },
} as const;

for (const language of ['en', 'id'] as const) {
  const w = words[language];
  test(`copy all for WhatsApp splits a long roster into complete messages under the limit (${language})`, async ({ page }) => {
    await page.addInitScript(() => {
      const state = window as unknown as { copied: string[] };
      state.copied = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void state.copied.push(text) } });
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(kupu.current.url);
    await page.getByLabel(/Bahasa|Language/).selectOption(language);
    await page.getByRole('button', { name: w.tab, exact: true }).click();

    const copyAll = page.getByTestId('copy-all');
    await expect(copyAll).toHaveText(w.copyAll, { timeout: 30_000 });
    const count = Number((await copyAll.textContent())?.match(w.copyAll)?.[1]);
    expect(count).toBeGreaterThan(1);
    await copyAll.click();
    const dialog = page.getByTestId('whatsapp-parts');
    await expect(dialog.getByRole('heading', { name: w.title })).toBeVisible();
    await expect(dialog.getByTestId('whatsapp-part-list').locator('li')).toHaveCount(count);
    await page.screenshot({ path: `.tmp/screens/whatsapp-split-${language}.png` });

    for (let i = 1; i <= count; i++) {
      await dialog.getByRole('button', { name: `${w.copyPart} ${i}`, exact: true }).click();
      await expect(dialog.getByRole('button', { name: `✓ ${w.copyPart} ${i}`, exact: true })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: w.copied }).first()).toBeVisible();
    }
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toHaveLength(count);
    // The text is in the cohort's roster language, whatever the interface's.
    // Groups and peer pairs are numbered apart, each "N of total" ("Kelompok 3 dari 12", "Pasangan 2 dari 8").
    const titles = (text: string) => text.split('\n').flatMap((line) => {
      const m = /^\*(Group|Kelompok|Peer pair|Pasangan) (\d+) (?:of|dari) (\d+)\*/.exec(line);
      return m ? [{ kind: m[1] === 'Group' || m[1] === 'Kelompok' ? 'group' : 'peer', n: Number(m[2]), of: Number(m[3]) }] : [];
    });
    copied.forEach((text, i) => {
      expect(text.length).toBeLessThanOrEqual(60_000);
      // Each message is complete: the cohort's title with its part, the dates, then whole groups.
      expect(text.split('\n')[0]).toMatch(new RegExp(`\\(${i + 1}/${count}\\)$`));
      expect(text.trimEnd().split('\n\n').at(-1)).toMatch(/^\*/);
    });
    // No group or pair is lost or repeated: within each kind the numbers run 1..N across the messages.
    const all = copied.flatMap(titles);
    expect(all.length).toBeGreaterThan(100);
    for (const kind of ['group', 'peer']) {
      const ofKind = all.filter((title) => title.kind === kind);
      expect(ofKind.map((title) => title.n)).toEqual(ofKind.map((_, i) => i + 1));
      expect(new Set(ofKind.map((title) => title.of))).toEqual(new Set(ofKind.length ? [ofKind.length] : []));
    }
    await dialog.getByRole('button', { name: language === 'en' ? 'Close' : 'Tutup' }).last().click();
    await expect(dialog).toBeHidden();
  });
}
