import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, createPrintPages } from './appProtocol';
import { printCsp } from './csp';
import { originRules } from './navigation';
import { createImagePainter, createRosterPrinter, imageWindowOptions, pdfOptions, printWindowOptions } from './print';

interface FakeWindow {
  options: unknown;
  loadURL: ReturnType<typeof vi.fn>;
  destroy: ReturnType<typeof vi.fn>;
  webContents: { printToPDF: ReturnType<typeof vi.fn>; capturePage: ReturnType<typeof vi.fn> };
}

// The fake window "loads" a URL by asking `electron.load` (the test wires it to the app protocol).
const electron = vi.hoisted(() => ({ windows: [] as FakeWindow[], load: async (_url: string): Promise<void> => {} }));

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: FakeWindow, options: unknown) {
    this.options = options;
    this.loadURL = vi.fn((url: string) => electron.load(url));
    this.destroy = vi.fn();
    this.webContents = {
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')),
      capturePage: vi.fn(async () => ({ toPNG: () => Buffer.from('PNG') })),
    };
    electron.windows.push(this);
  }),
}));

beforeEach(() => {
  electron.windows.length = 0;
});

describe('print window', () => {
  it('is hidden, sandboxed, without preload and without JavaScript', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('prints with the paper size, backgrounds and the CSS page size', () => {
    expect(pdfOptions('Letter')).toEqual({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true });
  });
});

describe('createRosterPrinter', () => {
  it('loads the roster once from app://kupu/print/<id>.html under the script-less CSP, prints, closes', async () => {
    const printPages = createPrintPages();
    const protocol = createAppProtocolHandler({ rendererDir: '/nowhere', printPages });
    const served: { url: string; status: number; csp: string | null; body: string }[] = [];
    electron.load = async (url) => {
      const response = await protocol(new Request(url));
      served.push({ url, status: response.status, csp: response.headers.get('content-security-policy'), body: await response.text() });
    };

    const pdf = await createRosterPrinter(printPages)('<h1>Kelompok 1</h1>', 'A4');

    expect(pdf.toString()).toBe('%PDF-1.7');
    expect(served).toHaveLength(1);
    expect(served[0]).toMatchObject({ status: 200, csp: printCsp, body: '<h1>Kelompok 1</h1>' });
    expect(served[0].url).toMatch(/^app:\/\/kupu\/print\/[0-9a-f-]{36}\.html$/);
    expect(originRules().isAppUrl(served[0].url)).toBe(true); // passes the navigation rules
    const [window] = electron.windows;
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(pdfOptions('A4'));
    expect(window.destroy).toHaveBeenCalledOnce();
    expect((await protocol(new Request(served[0].url))).status).toBe(404); // served once only
  });

  it('closes the window and forgets the page when loading fails', async () => {
    const printPages = createPrintPages(() => 'fixed');
    electron.load = async () => {
      throw new Error('ERR_FAILED');
    };
    await expect(createRosterPrinter(printPages)('<p>x</p>', 'A4')).rejects.toThrow('ERR_FAILED');
    expect(electron.windows[0].destroy).toHaveBeenCalledOnce();
    expect(printPages.take('/print/fixed.html')).toBeUndefined();
  });
});

describe('createImagePainter', () => {
  it('paints every page in one hidden offscreen window of the poster size, each served once, then closes it', async () => {
    const printPages = createPrintPages();
    const protocol = createAppProtocolHandler({ rendererDir: '/nowhere', printPages });
    const bodies: string[] = [];
    electron.load = async (url) => {
      bodies.push(await (await protocol(new Request(url))).text());
    };
    const size = { width: 1080, height: 1350 };

    const images = await createImagePainter(printPages)(['<h1>Siti</h1>', '<h1>Dewi</h1>'], size);

    expect(images.map((image) => Buffer.from(image).toString())).toEqual(['PNG', 'PNG']);
    expect(bodies).toEqual(['<h1>Siti</h1>', '<h1>Dewi</h1>']);
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    expect(window.options).toEqual(imageWindowOptions(size));
    expect(imageWindowOptions(size)).toMatchObject({ show: false, width: 1080, height: 1350, webPreferences: { offscreen: true, javascript: false, sandbox: true } });
    expect(window.webContents.capturePage).toHaveBeenCalledWith({ x: 0, y: 0, ...size });
    expect(window.destroy).toHaveBeenCalledOnce();
  });
});
