import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  appEntryUrl,
  devServerOrigin,
  guardWebContents,
  isAppSchemeUrl,
  originRules,
  vetExternalUrl,
  type GuardedContents,
  type NavigationDetails,
} from './navigation';

describe('isAppSchemeUrl (the packaged app origin)', () => {
  it.each([
    ['app://kupu/index.html', true],
    ['app://kupu/', true],
    ['app://kupu/assets/index-abc.js?x=1#y', true],
    ['APP://KUPU/index.html', false], // Chromium lowercases standard-scheme hosts; any other spelling is refused
    ['app://kupu.evil/index.html', false],
    ['app://evil.kupu/index.html', false],
    ['app://kupu@evil/index.html', false],
    ['app://user:pass@kupu/index.html', false],
    ['app://kupu:8080/index.html', false],
    ['app://kupux/', false],
    ['apps://kupu/', false],
    ['http://kupu/', false],
    ['https://kupu/', false],
    ['file:///app/kupu/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:app://kupu/123', false],
    ['about:blank', false],
    ['not a url', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppSchemeUrl(url)).toBe(expected);
  });
});

describe('devServerOrigin', () => {
  it('accepts only loopback http dev servers', () => {
    expect(devServerOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://evil.example:5173/')).toBeNull();
    expect(devServerOrigin('https://localhost:5173/')).toBeNull();
    expect(devServerOrigin('http://a@localhost:5173/')).toBeNull();
    expect(devServerOrigin(undefined)).toBeNull();
    expect(devServerOrigin('garbage')).toBeNull();
  });
});

describe('originRules', () => {
  it('packaged: loads app://kupu/index.html and trusts only that origin', () => {
    const rules = originRules(undefined);
    expect(rules.entryUrl).toBe(appEntryUrl);
    expect(rules.isAppUrl('app://kupu/index.html')).toBe(true);
    expect(rules.isAppUrl('http://localhost:5173/')).toBe(false);
  });

  it('dev: trusts the dev server origin only', () => {
    const rules = originRules('http://localhost:5173/');
    expect(rules.entryUrl).toBe('http://localhost:5173/');
    expect(rules.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(rules.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(rules.isAppUrl('http://user@localhost:5173/')).toBe(false);
    expect(rules.isAppUrl('app://kupu/index.html')).toBe(false);
  });

  it('a dev URL that is not loopback http is ignored (falls back to app://)', () => {
    const rules = originRules('https://evil.example/');
    expect(rules.entryUrl).toBe(appEntryUrl);
    expect(rules.isAppUrl('https://evil.example/')).toBe(false);
  });

  it.each([
    ['app://kupu/index.html', true],
    ['about:blank', true],
    ['about:srcdoc', true],
    ['blob:app://kupu/4b1c-uuid', true],
    ['blob:app://kupu.evil/4b1c-uuid', false],
    ['blob:https://evil.example/4b1c', false],
    ['data:text/html,hi', false],
    ['https://example.com/', false],
    ['file:///etc/passwd', false],
  ])('sub-frame %s -> %s', (url, expected) => {
    expect(originRules().isAllowedSubFrameUrl(url)).toBe(expected);
  });
});

describe('vetExternalUrl', () => {
  it.each([
    ['https://wa.me/6281234567890', 'https://wa.me/6281234567890'],
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['HTTPS://EXAMPLE.COM', 'https://example.com/'],
    ['mailto:ani@example.com', 'mailto:ani@example.com'],
    ['mailto:ani@example.com?subject=Hai&body=Halo', 'mailto:ani@example.com?subject=Hai&body=Halo'],
  ])('opens %s outside', (url, expected) => {
    expect(vetExternalUrl(url)).toBe(expected);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://kupu/index.html',
    'app://kupu.evil/',
    'app://kupu@evil/',
    'https://user:pass@example.com/',
    'https://kupu@evil.example/',
    'https://',
    'mailto:ani@example.com?attach=/etc/passwd',
    'mailto:ani@example.com?Attachment=C:/secret.txt',
    'mailto:?body=nobody',
    `https://example.com/${'a'.repeat(3000)}`,
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(vetExternalUrl(url)).toBeNull();
  });
});

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    on: (event: string, listener: (details: NavigationDetails) => void) => emitter.on(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const fire = (event: string, url: string, isMainFrame = true) => {
    const details = { url, isMainFrame, preventDefault: vi.fn() };
    emitter.emit(event, details);
    return details.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url });
  return { contents, fire, open };
}

describe('guardWebContents', () => {
  const setup = () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(fake.contents, originRules(), openExternal);
    return { ...fake, openExternal };
  };

  it('lets the main frame navigate within the app only', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'app://kupu/index.html#/board')).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://kupu.evil/', 'data:text/html,x', 'javascript:alert(1)']) {
      expect(fire('will-navigate', url), url).toBe(true);
    }
  });

  it('cancels redirects away from the app', () => {
    const { fire } = setup();
    expect(fire('will-redirect', 'app://kupu/index.html')).toBe(false);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'blob:app://kupu/x', false)).toBe(false);
    expect(fire('will-redirect', 'https://evil.example/', false)).toBe(true);
  });

  it('keeps sub-frames on app pages, about: and the app’s own blobs', () => {
    const { fire } = setup();
    expect(fire('will-frame-navigate', 'blob:app://kupu/123', false)).toBe(false);
    expect(fire('will-frame-navigate', 'about:srcdoc', false)).toBe(false);
    expect(fire('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(fire('will-frame-navigate', 'data:text/html,x', false)).toBe(true);
  });

  it('denies every new window; vetted https/mailto links open outside', () => {
    const { open, openExternal } = setup();
    expect(open('https://wa.me/628123')).toEqual({ action: 'deny' });
    expect(open('mailto:ani@example.com')).toEqual({ action: 'deny' });
    expect(open('app://kupu/index.html')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://wa.me/628123'], ['mailto:ani@example.com']]);
  });
});
