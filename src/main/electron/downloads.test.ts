import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { downloadDialog, handleDownloads, type DownloadItemLike } from './downloads';
import { catalogs } from './labels';
import { originRules } from './navigation';

const rules = originRules();

describe('downloadDialog', () => {
  it('names the save dialog for the app’s own blobs', () => {
    expect(downloadDialog('blob:app://kupu/1b2c', 'rosters.pdf', rules, catalogs.id)).toEqual({
      title: catalogs.id.saveFileTitle,
      defaultPath: 'rosters.pdf',
      filters: [{ name: catalogs.id.pdfFiles, extensions: ['pdf'] }],
    });
    expect(downloadDialog('blob:app://kupu/1b2c', 'pairings.xlsx', rules, catalogs.en)?.filters).toEqual([
      { name: catalogs.en.xlsxFiles, extensions: ['xlsx'] },
    ]);
    expect(downloadDialog('blob:app://kupu/1b2c', 'notes', rules, catalogs.en)?.filters).toEqual([]);
  });

  it.each(['https://evil.example/payload.exe', 'blob:https://evil.example/1', 'blob:app://kupu.evil/1', 'app://kupu/index.html', 'file:///etc/passwd', 'data:application/pdf;base64,AA=='])(
    'cancels a download from %s',
    (url) => {
      expect(downloadDialog(url, 'x.pdf', rules, catalogs.en)).toBeNull();
    },
  );
});

describe('handleDownloads', () => {
  it('sets dialog options or cancels', () => {
    const session = new EventEmitter();
    handleDownloads(session, rules, catalogs.en);
    const item = (url: string): DownloadItemLike => ({ getURL: () => url, getFilename: () => 'r.pdf', setSaveDialogOptions: vi.fn() });
    const good = item('blob:app://kupu/1');
    const goodEvent = { preventDefault: vi.fn() };
    session.emit('will-download', goodEvent, good);
    expect(good.setSaveDialogOptions).toHaveBeenCalled();
    expect(goodEvent.preventDefault).not.toHaveBeenCalled();
    const bad = item('https://evil.example/r.pdf');
    const badEvent = { preventDefault: vi.fn() };
    session.emit('will-download', badEvent, bad);
    expect(badEvent.preventDefault).toHaveBeenCalled();
    expect(bad.setSaveDialogOptions).not.toHaveBeenCalled();
  });
});
