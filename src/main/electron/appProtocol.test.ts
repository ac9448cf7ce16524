import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSchemePrivileges, createAppProtocolHandler, createPrintPages, rendererFileFor } from './appProtocol';
import { appCsp, printCsp } from './csp';

const root = resolve('/srv/kupu/out/renderer');

describe('rendererFileFor', () => {
  it.each([
    ['app://kupu/index.html', join(root, 'index.html')],
    ['app://kupu/', join(root, 'index.html')],
    ['app://kupu', join(root, 'index.html')],
    ['app://kupu/assets/index-abc.js', join(root, 'assets/index-abc.js')],
    ['app://kupu/assets/a%20b.css', join(root, 'assets/a b.css')],
    ['app://kupu/board', join(root, 'index.html')], // client-side route
    ['app://kupu/assets/x.js?v=1#top', join(root, 'assets/x.js')],
  ])('%s -> file', (url, file) => {
    expect(rendererFileFor(root, url)).toBe(file);
  });

  it.each([
    // The URL parser resolves literal and %2e dot segments first: these stay inside the folder.
    ['app://kupu/../../etc/passwd', join(root, 'index.html')],
    ['app://kupu/%2e%2e/%2e%2e/etc/passwd', join(root, 'index.html')],
    ['app://kupu/assets/..%2Fapp.js', join(root, 'app.js')],
    // Encoded separators that would climb out, bad escapes, NUL, backslashes, foreign hosts: refused.
    ['app://kupu/..%2f..%2f..%2fetc%2fpasswd', null],
    ['app://kupu/assets/..%2F..%2F..%2Fsecret.txt', null],
    ['app://kupu/%2e%2e%2fx.js', null],
    ['app://kupu/..%5c..%5cx.js', null],
    ['app://kupu/%E0%A4%A', null],
    ['app://kupu/a%00.js', null],
    ['app://kupu.evil/index.html', null],
    ['app://kupu@evil/index.html', null],
    ['app://kupu:99/index.html', null],
    ['app://other/index.html', null],
    ['https://kupu/index.html', null],
  ])('%s -> %s', (url, file) => {
    expect(rendererFileFor(root, url)).toBe(file);
  });
});

describe('createAppProtocolHandler', () => {
  const files: Record<string, string> = {
    [join(root, 'index.html')]: '<!doctype html><title>Kupu</title>',
    [join(root, 'assets/app.js')]: 'console.log(1)',
  };
  const read = async (file: string) => {
    if (!(file in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return new TextEncoder().encode(files[file]);
  };
  const setup = () => {
    const printPages = createPrintPages(() => 'fixed-id');
    return { printPages, handle: createAppProtocolHandler({ rendererDir: root, printPages, read }) };
  };

  it('serves renderer files with the app CSP and a content type', async () => {
    const { handle } = setup();
    const page = await handle(new Request('app://kupu/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(appCsp);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Kupu</title>');
    const script = await handle(new Request('app://kupu/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(appCsp);
  });

  it('answers 404 for missing files, foreign hosts and non-GET methods', async () => {
    const { handle } = setup();
    expect((await handle(new Request('app://kupu/assets/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://kupu.evil/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://kupu/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
  });

  it('serves a print page once, with the script-less CSP', async () => {
    const { handle, printPages } = setup();
    const path = printPages.add('<h1>Roster</h1>');
    expect(path).toBe('/print/fixed-id.html');
    const first = await handle(new Request(`app://kupu${path}`));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-security-policy')).toBe(printCsp);
    expect(await first.text()).toBe('<h1>Roster</h1>');
    expect((await handle(new Request(`app://kupu${path}`))).status).toBe(404);
    expect((await handle(new Request('app://kupu/print/guess.html'))).status).toBe(404);
  });

  it('registers app:// as standard and secure, without CORS or CSP bypass', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });
});
