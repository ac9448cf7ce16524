import { timingSafeEqual } from 'node:crypto';

// Who may talk to the browser host: only the page it served itself. A request must carry a live session
// (the cookie the page got when opened with the per-run secret), name the loopback host it was sent to
// (a DNS-rebinding page would send its own host name), and, when it has an Origin, be from that host.

/**
 * Browsers keep cookies per host name, not per port: named for its port, one host's session cookie is
 * never overwritten by another Kupu serving on 127.0.0.1 beside it.
 */
export const sessionCookieName = (port: number) => `kupu_session_${port}`;

export interface GuardConfig {
  port: number;
  isSession(token: string | undefined): boolean;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`);
}

export function secretMatches(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

export function checkRequest(
  headers: { host?: string; origin?: string; cookie?: string; 'sec-fetch-site'?: string },
  config: GuardConfig,
): GuardVerdict {
  if (!hostAllowed(headers.host, config.port)) return { ok: false, status: 421, reason: 'Wrong host' };
  if (!originAllowed(headers.origin, config.port)) return { ok: false, status: 403, reason: 'Foreign origin' };
  const site = headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, reason: 'Cross-site request' };
  if (!config.isSession(cookieValue(headers.cookie, sessionCookieName(config.port)))) return { ok: false, status: 401, reason: 'Missing or ended session' };
  return { ok: true };
}
