import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Paper } from '../../shared/contract';

// HTML -> PDF through a headless Chrome/Chromium/Edge already on the machine (never downloaded).
// The desktop shell uses Electron's printToPDF with the same HTML instead.

/** Quiet, offline, container-friendly: no sandbox (no user namespaces in CI), no GPU, no phoning home. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
] as const;

type Env = Record<string, string | undefined>;

/** Where a Chromium-family browser usually lives, in the order we prefer them. */
export function chromiumCandidates(env: Env = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const fromEnv = env.KUPU_CHROMIUM ? [env.KUPU_CHROMIUM] : [];
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const roots = ['/Applications', env.HOME ? path.posix.join(env.HOME, 'Applications') : null].filter((r): r is string => r !== null);
    return [...fromEnv, ...roots.flatMap((root) => apps.map((app) => path.posix.join(root, app)))];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return [...fromEnv, ...apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)))];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

/** The first installed browser (KUPU_CHROMIUM first), or null when there is none. */
export function findChromium(
  env: Env = process.env,
  exists: (file: string) => boolean = existsSync,
  platform: NodeJS.Platform = process.platform,
): string | null {
  return chromiumCandidates(env, platform).find((file) => exists(file)) ?? null;
}

export const noChromiumMessage =
  'No Chrome, Chromium or Edge was found to make the PDF: install one, or set KUPU_CHROMIUM to its program file.';

export interface PdfOptions {
  paper: Paper;
  /** Also write the PDF to this file. */
  output?: string;
  /**
   * Add the accessibility structure tree (as `chromium --print-to-pdf` does). Off by default: it doubles
   * the file size and the time, and rosters travel over mobile data in WhatsApp chats.
   */
  tagged?: boolean;
  /** Give up (and close the browser) after this long; default defaultPdfTimeoutMs. */
  timeoutMs?: number;
}

export interface PdfRenderer {
  render(html: string, opts: PdfOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Generous: a 1,000-page roster takes under a minute on a laptop. Chromium has been seen to stall
 * without an error on a starved machine; the timeout turns that into an error instead of a hang.
 */
const defaultPdfTimeoutMs = 10 * 60_000;

export function pdfTimeoutMessage(ms: number): string {
  return `Chromium did not finish the PDF within ${Math.round(ms / 1000)} seconds; please try again.`;
}

/** Launches one browser for a batch of PDFs; call close() when done. */
export async function openPdfRenderer(executablePath: string | null = findChromium()): Promise<PdfRenderer> {
  if (!executablePath) throw new Error(noChromiumMessage);
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: [...chromiumFlags] });

  async function print(html: string, opts: PdfOptions): Promise<Uint8Array> {
    const page = await browser.newPage({ javaScriptEnabled: false });
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: 0 });
      const pdf = await page.pdf({
        format: opts.paper === 'Letter' ? 'Letter' : 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: opts.tagged ?? false,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await page.close().catch(() => undefined); // already gone if the browser was closed
    }
  }

  return {
    async render(html, opts) {
      const timeoutMs = opts.timeoutMs ?? defaultPdfTimeoutMs;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // Closing the browser is the only way to abandon a stalled print; it also ends print().
          void browser.close().catch(() => undefined);
          reject(new Error(pdfTimeoutMessage(timeoutMs)));
        }, timeoutMs);
      });
      try {
        const bytes = await Promise.race([print(html, opts), timedOut]);
        if (opts.output) await writeFile(opts.output, bytes);
        return bytes;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => browser.close(),
  };
}

/** One PDF from one HTML document, browser launch included. */
export async function htmlToPdf(html: string, opts: PdfOptions): Promise<Uint8Array> {
  const renderer = await openPdfRenderer();
  try {
    return await renderer.render(html, opts);
  } finally {
    await renderer.close();
  }
}
