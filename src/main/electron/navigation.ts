// Where the app's own pages may go, and which links may leave for the system browser or mail client.
// Pure rules over URL strings; `guardWebContents` (below) attaches them to a window.

/** The app is served from a privileged standard scheme, so same-origin checks are exact. */
export const appScheme = 'app';
export const appHost = 'kupu';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for `app://kupu/...` only. Compares the parts, not `URL.origin` (Node gives custom schemes an
 * opaque "null" origin), and refuses userinfo and ports so `app://kupu@evil/` and `app://kupu:1/` fail.
 */
export function isAppSchemeUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The electron-vite dev server origin (http://localhost:5173), or null when it is not a loopback http URL. */
export function devServerOrigin(devUrl: string | undefined): string | null {
  const parsed = devUrl ? parse(devUrl) : null;
  if (!parsed || parsed.protocol !== 'http:' || parsed.username || parsed.password) return null;
  return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname) ? parsed.origin : null;
}

export interface OriginRules {
  /** The URL the main window loads. */
  entryUrl: string;
  /** True when `url` is one of the app's own pages (main frame or IPC sender). */
  isAppUrl(url: string): boolean;
  /** Sub-frames may also show about:blank/srcdoc and blob: documents the app made (the roster preview). */
  isAllowedSubFrameUrl(url: string): boolean;
}

/** In development (not packaged, ELECTRON_RENDERER_URL set) the app's origin is the dev server's. */
export function originRules(devUrl?: string): OriginRules {
  const devOrigin = devServerOrigin(devUrl);
  const isDevServerUrl = (url: string) => {
    const parsed = parse(url);
    return parsed !== null && parsed.origin === devOrigin && !parsed.username && !parsed.password;
  };
  const isAppUrl = devOrigin ? isDevServerUrl : isAppSchemeUrl;
  const isAllowedSubFrameUrl = (url: string) => {
    if (isAppUrl(url) || url === 'about:blank' || url === 'about:srcdoc') return true;
    // blob:app://kupu/<uuid>: a blob is as trusted as the origin that made it.
    return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
  };
  return { entryUrl: devOrigin && devUrl ? devUrl : appEntryUrl, isAppUrl, isAllowedSubFrameUrl };
}

const mailtoFields = new Set(['subject', 'body', 'cc', 'bcc']);
const maxExternalUrlLength = 2048;

/**
 * The URL to hand to the operating system, normalized, or null to refuse: only https (a real host,
 * no userinfo) and mailto (no `attach`-style fields some mail clients honour).
 */
export function vetExternalUrl(url: string): string | null {
  if (url.length > maxExternalUrlLength) return null;
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return null;
  if (parsed.protocol === 'https:') return parsed.hostname ? parsed.href : null;
  if (parsed.protocol === 'mailto:') {
    const fields = [...parsed.searchParams.keys()].map((key) => key.toLowerCase());
    return parsed.pathname.includes('@') && fields.every((key) => mailtoFields.has(key)) ? parsed.href : null;
  }
  return null;
}

/** The slice of WebContents the guard needs (so it can be tested with a plain emitter). */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-redirect', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: NavigationDetails) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface NavigationDetails {
  url: string;
  isMainFrame?: boolean;
  preventDefault(): void;
}

/**
 * Keeps a window on the app's own pages: navigations and redirects elsewhere are cancelled, new
 * windows are never created; https/mailto links asked to open in a new window go to the system.
 */
export function guardWebContents(contents: GuardedContents, rules: OriginRules, openExternal: (url: string) => void): void {
  const mainFrameOnly = (details: NavigationDetails) => {
    if (!rules.isAppUrl(details.url)) details.preventDefault();
  };
  contents.on('will-navigate', mainFrameOnly);
  contents.on('will-redirect', (details) => {
    const allowed = details.isMainFrame === false ? rules.isAllowedSubFrameUrl(details.url) : rules.isAppUrl(details.url);
    if (!allowed) details.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (details.isMainFrame === false && !rules.isAllowedSubFrameUrl(details.url)) details.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = vetExternalUrl(url);
    if (external) openExternal(external);
    return { action: 'deny' };
  });
}
