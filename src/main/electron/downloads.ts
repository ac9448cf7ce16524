import { extname } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { Labels } from './labels';
import type { OriginRules } from './navigation';

// The page saves files (roster PDFs, CSV/XLSX exports) the web way: a link to a blob it made. Electron
// then shows the native save dialog; this only lets the app's own blobs through and names the dialog.

const fileKinds: Record<string, { label: keyof Labels; extensions: string[] }> = {
  '.pdf': { label: 'pdfFiles', extensions: ['pdf'] },
  '.csv': { label: 'csvFiles', extensions: ['csv'] },
  '.xlsx': { label: 'xlsxFiles', extensions: ['xlsx'] },
};

/** Save-dialog options for a download the page started, or null to cancel it. */
export function downloadDialog(url: string, fileName: string, rules: OriginRules, labels: Labels): SaveDialogOptions | null {
  const fromApp = url.startsWith('blob:') ? rules.isAppUrl(url.slice('blob:'.length)) : false;
  if (!fromApp) return null;
  const kind = fileKinds[extname(fileName).toLowerCase()];
  return {
    title: labels.saveFileTitle,
    defaultPath: fileName,
    filters: kind ? [{ name: labels[kind.label], extensions: kind.extensions }] : [],
  };
}

export interface DownloadItemLike {
  getURL(): string;
  getFilename(): string;
  setSaveDialogOptions(options: SaveDialogOptions): void;
}

export interface DownloadSession {
  on(event: 'will-download', listener: (event: { preventDefault(): void }, item: DownloadItemLike) => void): unknown;
}

export function handleDownloads(session: DownloadSession, rules: OriginRules, labels: Labels): void {
  session.on('will-download', (event, item) => {
    const options = downloadDialog(item.getURL(), item.getFilename(), rules, labels);
    if (options) item.setSaveDialogOptions(options);
    else event.preventDefault();
  });
}
