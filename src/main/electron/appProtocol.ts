import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { appCsp, printCsp } from './csp';
import { appHost, appScheme } from './navigation';

// `app://kupu/...`: the built renderer (out/renderer) and, under /print/, the one-off roster pages that
// print.ts turns into PDFs. Every response carries its Content-Security-Policy.

/** Privileges for `protocol.registerSchemesAsPrivileged`, before the app is ready. Not `corsEnabled`
 * (other origins may not read it) and not `bypassCSP`. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export const printPathPrefix = '/print/';

/**
 * The file under `rendererDir` that `url` names, or null (foreign host, escape attempt, bad escape).
 * Paths without an extension fall back to index.html, as a single-page app expects.
 */
export function rendererFileFor(rendererDir: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.hostname !== appHost || parsed.port || parsed.username) return null;
  if (pathname.includes('\0') || pathname.includes('\\')) return null; // NUL, or a Windows separator smuggled in as %5C
  const root = resolve(rendererDir);
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (file === root || pathname.endsWith('/')) return join(root, 'index.html');
  return extname(file) ? file : join(root, 'index.html');
}

/** One-off pages for printing: added before loading, gone once served. */
export interface PrintPages {
  add(html: string): string;
  take(pathname: string): string | undefined;
}

export function createPrintPages(newId: () => string = randomUUID): PrintPages {
  const pages = new Map<string, string>();
  return {
    add(html) {
      const path = `${printPathPrefix}${newId()}.html`;
      pages.set(path, html);
      return path;
    },
    take(pathname) {
      const html = pages.get(pathname);
      pages.delete(pathname);
      return html;
    },
  };
}

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
}

export interface AppProtocolOptions {
  rendererDir: string;
  printPages: PrintPages;
  read?: (file: string) => Promise<Uint8Array>;
}

/** The handler for `protocol.handle(appScheme, ...)`. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const read = options.read ?? readFile;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const url = new URL(request.url);
    if (url.hostname === appHost && url.pathname.startsWith(printPathPrefix)) {
      const html = options.printPages.take(url.pathname);
      if (html === undefined) return notFound();
      return new Response(html, {
        headers: { ...baseHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': printCsp },
      });
    }
    const file = rendererFileFor(options.rendererDir, request.url);
    if (!file) return notFound();
    try {
      const body = await read(file);
      return new Response(body, {
        headers: {
          ...baseHeaders,
          'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': appCsp,
        },
      });
    } catch {
      return notFound();
    }
  };
}
