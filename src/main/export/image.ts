import { availableParallelism } from 'node:os';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { chromiumFlags, findChromium, noChromiumMessage } from './pdf';

// HTML -> PNG through the same headless Chromium the PDF path uses: one browser for a whole batch
// (300 posters), a few tabs rendering side by side. Where the time goes (1080×1350, per poster): PNG
// encoding in the browser process, the compositor's copy of the frame, then layout and paint. So:
// - the screenshot is taken over CDP with optimizeForSpeed (zlib's fastest level: about 2.5x less
//   encoding work, files about twice the size) and none of Playwright's per-screenshot extras;
// - a tab keeps its document and, when the next page has the same head (the posters' CSS), swaps only the
//   <body> element through the DOM domain, so JavaScript stays off and the page's CSP stays as it was;
// - the tabs (one per core, at most 2) take the next page as soon as they are free.

export interface ImageSize {
  width: number;
  height: number;
}

export interface ImageRenderer {
  /** Renders one page; calls made together are spread over the tabs. */
  render(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface ImageRendererOptions {
  executablePath?: string | null;
  /** Tabs rendering side by side (default: one per core, at most 2). */
  tabs?: number;
}

const stepTimeoutMs = 60_000;

/** The markup before the <body> tag, and the body element itself; null when there is no body element. */
export function splitAtBody(html: string): { head: string; body: string } | null {
  const start = html.search(/<body[\s>]/i);
  const end = html.toLowerCase().lastIndexOf('</body>');
  if (start < 0 || end < start) return null;
  return { head: html.slice(0, start), body: html.slice(start, end + '</body>'.length) };
}

function within<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${stepTimeoutMs / 1000} s`)), stepTimeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface Tab {
  page: Page;
  cdp: CDPSession;
  /** The head of the loaded document, and the DOM ids of its root and <body> (0 before the first page). */
  head: string | null;
  rootId: number;
  bodyId: number;
}

async function openTab(browser: Browser, size: ImageSize): Promise<Tab> {
  const page = await browser.newPage({ viewport: size, javaScriptEnabled: false, deviceScaleFactor: 1 });
  return { page, cdp: await page.context().newCDPSession(page), head: null, rootId: 0, bodyId: 0 };
}

async function paint(tab: Tab, html: string, size: ImageSize): Promise<Uint8Array> {
  const parts = splitAtBody(html);
  if (parts && tab.bodyId && parts.head === tab.head) {
    // The same document with another body: nothing to load (the CSP lets the page fetch nothing).
    await within(tab.cdp.send('DOM.setOuterHTML', { nodeId: tab.bodyId, outerHTML: parts.body }), 'Updating the page');
  } else {
    await tab.page.setContent(html, { waitUntil: 'load', timeout: stepTimeoutMs });
    tab.head = parts?.head ?? null;
    tab.rootId = (await within(tab.cdp.send('DOM.getDocument', { depth: 0 }), 'Reading the page')).root.nodeId;
  }
  tab.bodyId = parts ? (await within(tab.cdp.send('DOM.querySelector', { nodeId: tab.rootId, selector: 'body' }), 'Reading the page')).nodeId : 0;
  const shot = await within(
    tab.cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true, clip: { x: 0, y: 0, ...size, scale: 1 } }),
    'Taking the picture',
  );
  return Buffer.from(shot.data, 'base64');
}

export async function openImageRenderer(size: ImageSize, options: ImageRendererOptions = {}): Promise<ImageRenderer> {
  const executablePath = options.executablePath === undefined ? findChromium() : options.executablePath;
  if (!executablePath) throw new Error(noChromiumMessage);
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: [...chromiumFlags] });
  let idle: Tab[];
  try {
    const count = Math.max(1, options.tabs ?? Math.min(2, availableParallelism()));
    idle = await Promise.all(Array.from({ length: count }, () => openTab(browser, size)));
  } catch (error) {
    await browser.close();
    throw error;
  }
  const waiting: ((tab: Tab) => void)[] = [];
  const release = (tab: Tab) => {
    const next = waiting.shift();
    if (next) next(tab);
    else idle.push(tab);
  };
  return {
    async render(html) {
      const tab = idle.pop() ?? (await new Promise<Tab>((resolve) => waiting.push(resolve)));
      try {
        return await paint(tab, html, size);
      } catch (error) {
        tab.head = null; // reload the next page whole, whatever state this one was left in
        tab.bodyId = 0;
        throw error;
      } finally {
        release(tab);
      }
    },
    close: () => browser.close(),
  };
}

/** Every page as a PNG, in order, with one browser opened for the batch. */
export async function renderImages(pages: readonly string[], size: ImageSize, options: ImageRendererOptions = {}): Promise<Uint8Array[]> {
  const renderer = await openImageRenderer(size, options);
  try {
    return await Promise.all(pages.map((page) => renderer.render(page)));
  } finally {
    await renderer.close();
  }
}
