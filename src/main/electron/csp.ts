import { contentSecurityPolicy } from '../../shared/csp';

// The Content-Security-Policy headers of the shell's pages. The app's own pages get the shared policy
// (the same as the browser host's); printed rosters get a stricter one: no scripts at all.

export const appCsp = contentSecurityPolicy;

/** Roster documents: their own inline <style>, embedded images and fonts, nothing else. */
export const printCsp = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Development only (never in a packaged app): Vite's React Fast Refresh preamble is an inline
 * <script>, so the dev server's pages also allow inline scripts. Eval stays forbidden.
 */
export function devCsp(base: string = appCsp): string {
  return base
    .split('; ')
    .map((directive) => (directive.startsWith('script-src ') ? `${directive} 'unsafe-inline'` : directive))
    .join('; ');
}

/** The directives of one CSP header, keyed by name. */
export function cspDirectives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

type Headers = Record<string, string[] | string>;

/** Response headers with the CSP set (replacing any the server sent, whatever its case). */
export function withCsp(headers: Headers | undefined, csp: string): Record<string, string[] | string> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}
