import { chromium as playwright } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DirectoryMentor } from '../core/directory';
import { posterHtml, posterSize } from './directory/poster';
import { openImageRenderer, renderImages, splitAtBody } from './image';
import { chromiumFlags, findChromium, noChromiumMessage } from './pdf';
import { decodePng } from '../../../tests/support/png';

describe('splitAtBody', () => {
  it.each([
    ['<!doctype html><head><style>p{}</style></head><body><p>x</p></body></html>', '<!doctype html><head><style>p{}</style></head>', '<body><p>x</p></body>'],
    ['<html><BODY class="a">x</BODY>\n</html>', '<html>', '<BODY class="a">x</BODY>'],
    ['<head><style>.bodyish{}</style></head><body>\n<p>&lt;/body&gt;</p></body>', '<head><style>.bodyish{}</style></head>', '<body>\n<p>&lt;/body&gt;</p></body>'],
  ])('%j', (html, head, body) => {
    expect(splitAtBody(html)).toEqual({ head, body });
  });

  it.each(['<p>no body</p>', '<body>never closed', '</body><body>'])('null for %j', (html) => {
    expect(splitAtBody(html)).toBeNull();
  });
});

const chromium = findChromium();

const mentor = (id: string, name: string, offers: string[]): DirectoryMentor => ({
  id, name, nickname: name.split(' ')[0], level: 'Batch 3', region: 'Bandung', kind: 'group', offers, about: '', capacity: 3, openSeats: 2, status: 'open',
});
const poster = (m: DirectoryMentor, language: 'id' | 'en' = 'id') => posterHtml({ mentor: m, program: 'Bunda Cekatan', cohort: 'Batch 7', language });

describe('openImageRenderer', () => {
  it('explains in one sentence when there is no browser', async () => {
    await expect(openImageRenderer(posterSize, { executablePath: null })).rejects.toThrow(noChromiumMessage);
  });
});

describe.skipIf(!chromium)(`posters as PNG (${chromium ?? 'skipped: no Chrome/Chromium/Edge found; set KUPU_CHROMIUM'})`, () => {
  const pages = [
    poster(mentor('a', 'Siti Aminah', ['Memasak', 'Canva'])),
    poster(mentor('b', 'نور الهدى', ['Bahasa Arab', 'Tahsin'])),
    poster(mentor('c', 'Ayu 🌸 Lestari Kusumawati Permatasari Wulandari', ['Parenting'])),
    '<!doctype html><body style="margin:0;background:#fff"><p>Another kind of page</p></body>',
    poster(mentor('d', 'Dewi Rahayu', ['Menjahit']), 'en'),
  ];

  it('paints each page as Playwright paints it loaded alone, though a tab swaps only the body between posters', async () => {
    // Two tabs sharing five pages: each tab goes poster -> poster (body swapped) and meets a page with
    // another head (loaded whole). Each image must be the page's own, not the frame before it.
    const batch = await renderImages(pages, posterSize, { tabs: 2 });
    const browser = await playwright.launch({ executablePath: chromium ?? undefined, headless: true, args: [...chromiumFlags] });
    const alone: Buffer[] = [];
    try {
      for (const html of pages) {
        const page = await browser.newPage({ viewport: posterSize, javaScriptEnabled: false });
        await page.setContent(html);
        alone.push(await page.screenshot({ type: 'png' }));
        await page.close();
      }
    } finally {
      await browser.close();
    }
    const decoded = batch.map(decodePng);
    for (const [i, png] of decoded.entries()) {
      expect([png.width, png.height]).toEqual([posterSize.width, posterSize.height]);
      expect(png.pixels.equals(decodePng(alone[i]).pixels), `page ${i}`).toBe(true);
    }
    const distinct = new Set(decoded.map((png) => png.pixels.toString('base64')));
    expect(distinct.size).toBe(pages.length);
  }, 120_000);
});
