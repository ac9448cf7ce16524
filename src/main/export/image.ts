import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumFlags, findChromium, noChromiumMessage } from './pdf';

// HTML -> PNG through the same headless Chromium the PDF path uses: one browser and one page for a whole
// batch (300 posters), the page's content replaced for each image.

export interface ImageSize {
  width: number;
  height: number;
}

export interface ImageRenderer {
  render(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openImageRenderer(size: ImageSize, executablePath: string | null = findChromium()): Promise<ImageRenderer> {
  if (!executablePath) throw new Error(noChromiumMessage);
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: [...chromiumFlags] });
  let page: Page;
  try {
    page = await browser.newPage({ viewport: size, javaScriptEnabled: false, deviceScaleFactor: 1 });
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    async render(html) {
      await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
      const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size }, timeout: 60_000 });
      return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    },
    close: () => browser.close(),
  };
}
