import { BrowserWindow, type BrowserWindowConstructorOptions, type PrintToPDFOptions } from 'electron';
import type { Paper } from '../../shared/contract';
import type { PrintPages } from './appProtocol';
import { appOrigin } from './navigation';

// Rosters to PDF (and posters to PNG) with Electron's own Chromium (the handler map's `renderPdf`, used by `rosterPdf`;
// off Electron it is headless Chrome). The HTML is served once from app://kupu/print/<random id>.html
// (a data: URL is refused by the navigation rules and the CSP) under a script-less CSP, into a hidden,
// sandboxed window with JavaScript off and no preload. That page is on the app's origin, so it passes
// the navigation rules; the IPC sender check trusts only the main window, so it could not call the
// backend even if a script ran. The page then saves the bytes as a download (downloads.ts).

export function printWindowOptions() {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    },
  } satisfies BrowserWindowConstructorOptions;
}

export function pdfOptions(paper: Paper) {
  return { pageSize: paper, printBackground: true, preferCSSPageSize: true } satisfies PrintToPDFOptions;
}

export type RosterPrinter = (html: string, paper: Paper) => Promise<Buffer>;

export function createRosterPrinter(printPages: PrintPages): RosterPrinter {
  return async function printRosterPdf(html, paper) {
    const window = new BrowserWindow(printWindowOptions());
    const path = printPages.add(html);
    try {
      await window.loadURL(`${appOrigin}${path}`);
      return await window.webContents.printToPDF(pdfOptions(paper));
    } finally {
      printPages.take(path); // already served, unless loading failed: never leave it behind
      window.destroy();
    }
  };
}

/** A hidden window the size of a poster, offscreen so it paints without being shown. */
export function imageWindowOptions(size: { width: number; height: number }) {
  const print = printWindowOptions();
  return { ...print, ...size, useContentSize: true, webPreferences: { ...print.webPreferences, offscreen: true } } satisfies BrowserWindowConstructorOptions;
}

export type ImagePainter = (pages: readonly string[], size: { width: number; height: number }) => Promise<Uint8Array[]>;

/**
 * The directory's posters with Electron's own Chromium (the handler map's `renderImages`): each page is
 * served once from app://kupu/print/ like a roster, into one hidden offscreen window, and captured as PNG.
 */
export function createImagePainter(printPages: PrintPages): ImagePainter {
  return async function paintImages(pages, size) {
    const window = new BrowserWindow(imageWindowOptions(size));
    try {
      const images: Uint8Array[] = [];
      for (const html of pages) {
        const path = printPages.add(html);
        try {
          await window.loadURL(`${appOrigin}${path}`);
        } finally {
          printPages.take(path);
        }
        const image = await window.webContents.capturePage({ x: 0, y: 0, ...size });
        images.push(image.toPNG());
      }
      return images;
    } finally {
      window.destroy();
    }
  };
}
