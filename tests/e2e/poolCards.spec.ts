import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../support/matching/randomCohort';
import { removeHome, screensDir, startKupu } from './support';

// The pool's cards take their real height: a long name or region that wraps, or several sought skills
// (a Google Forms checkbox list "A, B, C"), never makes the next card overlap it, wherever the
// virtualized list is scrolled. KUPU_POOL_SIZE=50000 runs it on a 50,000-person cohort.

const size = Number(process.env.KUPU_POOL_SIZE ?? 3000);

const first = 'Siti Dewi Rina Sari Ayu Fitri Indah Lestari Yuli Wulan Ratna Putri Nur Rahma Annisa Aisyah'.split(' ');
const last = 'Nurhaliza Lestari Marlina Wulandari Hasanah Kartika Handayani Susanti Permatasari Wahyuningsih Kusumawardhani'.split(' ');
const long = 'Raden Ajeng Siti Nurhaliza Kusumawardhani Purbaningrum Setyaningsih Prameswari';
const cities = ['Bandung', 'Jakarta', 'Bogor', 'Kabupaten Bandung Barat, Jawa Barat', 'Kota Tangerang Selatan, Banten', 'Kepulauan Seribu Utara, DKI Jakarta'];
const skills = ['Canva', 'Memasak', 'Public Speaking', 'Manajemen Keuangan Keluarga', 'Fotografi Produk', 'Parenting', 'Menjahit & Merajut', 'Bahasa Inggris untuk Anak'];

/** A seeded registration export: long-tailed name lengths, some long regions, one to six sought skills. */
function registrations(count: number): string {
  const random = seededRandom(11);
  const next = (n: number) => Math.floor(random() * n);
  const rows = ['Timestamp,Email address,Full name,WhatsApp number,City,Level,Skills you can mentor,Skills you want to learn,Kind of mentoring,Max mentees'];
  for (let i = 0; i < count; i++) {
    const name = next(12) === 0 ? `${long} ${i + 1}` : `${first[next(first.length)]} ${last[next(last.length)]} ${i + 1}`;
    const wanted = [...new Set(Array.from({ length: 1 + (next(4) === 0 ? next(6) : 0) }, () => skills[next(skills.length)]))];
    const mentor = i % 5 === 0;
    rows.push([
      '11/20/2026 09:00:00', `p${i + 1}@example.com`, name, `0812${String(10_000_000 + i)}`, `"${cities[next(cities.length)]}"`, 'Batch 7',
      mentor ? skills[next(skills.length)] : '', `"${wanted.join(', ')}"`, 'Group', mentor ? '3' : '0',
    ].join(','));
  }
  return rows.join('\r\n');
}

/** The pool's rendered cards, top to bottom: each one's height, and any that starts above the previous one's bottom. */
function poolLayout(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('[data-testid=pool] [data-testid=card]')].map((e) => e.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    const overlaps = boxes.slice(1).filter((box, i) => box.top < boxes[i].bottom - 0.5).length;
    return { cards: boxes.length, overlaps, heights: boxes.map((b) => Math.round(b.height)) };
  });
}

test(`pool cards of a ${size.toLocaleString('en')}-person cohort never overlap, whatever wraps`, async ({ page }) => {
  test.setTimeout(size > 10_000 ? 900_000 : 180_000);
  const dir = mkdtempSync(join(tmpdir(), 'kupu-pool-'));
  const csv = join(dir, 'registrations.csv');
  writeFileSync(csv, registrations(size));
  const kupu = await startKupu({ importFile: csv, home: dir });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(kupu.url);
    await page.getByLabel(/Bahasa|Language/).selectOption('id');
    const pool = page.getByTestId('pool');
    await expect(pool.getByTestId('card').first()).toBeVisible({ timeout: 60_000 });
    for (const at of [0, 0.37, 0.71, 1]) {
      await pool.locator('.pool-scroll').evaluate((el, at) => el.scrollTo({ top: at * (el.scrollHeight - el.clientHeight) }), at);
      await expect.poll(async () => (await poolLayout(page)).overlaps, { timeout: 10_000 }).toBe(0);
      const layout = await poolLayout(page);
      expect(layout.cards).toBeGreaterThan(4);
      // Cards do differ in height here: the check above could fail.
      expect(Math.max(...layout.heights) - Math.min(...layout.heights)).toBeGreaterThan(14);
      if (at === 0.37) {
          await page.screenshot({ path: join(screensDir(), `pool-cards-${size}.png`) });
      }
    }
  } finally {
    await kupu.stop();
    removeHome(dir);
  }
});
