import { randomBytes, timingSafeEqual } from 'node:crypto';

// Sessions of the browser host. Opening the printed address trades its secret for a session token of
// its own: the cookie never holds the secret (a cookie reaches every server on 127.0.0.1, whatever its
// port), each opening is a separate session, and a session left unused for `sessionIdleMs` ends (the
// page then asks to open the printed address again). Tokens live in memory: they end with the host.

export const sessionIdleMs = 12 * 60 * 60 * 1000;
/** Sessions kept at once; opening the address once more drops the least recently used one. */
export const maxSessions = 32;

export interface SessionTokens {
  /** A new session; returns its token. */
  grant(): string;
  /** Whether `token` is a live session; using it keeps it alive. */
  check(token: string | undefined): boolean;
}

export function createSessionTokens(now: () => number = Date.now): SessionTokens {
  const lastUsed = new Map<string, number>();
  const find = (given: Buffer): string | undefined => {
    // Compared in constant time against every live token, so response times say nothing about them.
    let found: string | undefined;
    for (const token of lastUsed.keys()) {
      const candidate = Buffer.from(token);
      if (candidate.length === given.length && timingSafeEqual(candidate, given)) found = token;
    }
    return found;
  };
  return {
    grant() {
      const token = randomBytes(32).toString('base64url');
      lastUsed.set(token, now());
      while (lastUsed.size > maxSessions) lastUsed.delete(lastUsed.keys().next().value as string);
      return token;
    },
    check(token) {
      if (!token) return false;
      const found = find(Buffer.from(token));
      if (found === undefined) return false;
      const at = now();
      if (at - (lastUsed.get(found) ?? 0) > sessionIdleMs) {
        lastUsed.delete(found);
        return false;
      }
      // Re-inserted, so the map's order is least recently used first.
      lastUsed.delete(found);
      lastUsed.set(found, at);
      return true;
    },
  };
}
