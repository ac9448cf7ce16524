// The request target as the host understands it. Browsers send only the origin form ("/path?query");
// anything else (absolute "http://…", authority "host:port", "*", a path that does not decode, a
// decoded path with control characters) is a malformed request, answered with 400 before anything
// else looks at it. Parsing never throws: one bad request must not bring the host down.

export interface RequestTarget {
  /** The decoded path, always starting with "/". */
  path: string;
  query: URLSearchParams;
}

const base = 'http://kupu.invalid';
const unsafeInPath = /[\u0000-\u001f\u007f\\]/;

export function parseTarget(raw: string | undefined): RequestTarget | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  // "/\evil.example" parses as a network path in WHATWG URLs: only a path on this host is a target.
  if (url.origin !== base) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (unsafeInPath.test(path)) return null;
  return { path, query: url.searchParams };
}
