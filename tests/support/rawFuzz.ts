import { contract, methodNames } from '../../src/shared/contract';
import { intBetween, pick, type Random } from './matching/randomCohort';

// Raw requests an outsider (or a broken client) might send to the browser host. Each starts as a request
// the page itself would send (a page file, or a read through the API) and then has a few of its parts
// swapped for odd ones: methods, request targets in every form, missing, duplicated and contradictory
// headers, bodies that do not match their framing, requests cut off at any byte. Starting from valid
// requests keeps most of them reaching past the guard into the router and the API. Deterministic for a
// seed, so a failure reproduces.

export interface FuzzIdentity {
  port: number;
  secret: string;
  /** The Cookie header of a signed-in page. */
  cookie: string;
}

export interface FuzzRequest {
  bytes: Buffer;
  /** Cut off (or framed so the host cannot know where it ends): half-closed after writing. */
  cutOff: boolean;
}

/** Methods whose params may be `{}` and which only read: the valid API calls of the fuzz. */
const readMethods = ['cohortInfo', 'participantsList', 'historyList', 'pairingsList', 'skillsList', 'proposalsList', 'backupList', 'journalGrid'];

/**
 * Methods whose params refuse `{}`: a body the fuzz mangles can only be refused by them, while an empty
 * body (which a dropped Content-Length makes of any body) is `{}` and would be a valid undo or backup.
 */
const methodsNeedingParams = methodNames.filter((method) => !contract[method].params.safeParse({}).success);

const oddMethods = ['PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'get', 'FOO', 'G\u00c9T', '', 'POST\tX', 'A'.repeat(300)];
const oddVersions = ['HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'HTTP/1.1x', '', 'http/1.1'];
/** Not valid UTF-8 once decoded, control characters, percent escapes gone wrong, path tricks. */
const oddBits = ['%', '%E0%A4%A', '%zz', '%00', '%C0%AF', '%FF', '\u00ff', '\u0080', '..', '%2e%2e', '%2F', '\\', '\t', '"', '<', '{', '\u0000', ';', '#', '?', '&', '=', '@'];

const chance = (random: Random, p: number) => random() < p;

function oddPath(random: Random): string {
  const parts: string[] = [];
  for (let i = intBetween(random, 1, 4); i > 0; i--) {
    parts.push(chance(random, 0.5) ? pick(random, ['api', 'index.html', 'assets', '..', '.', 'etc', 'passwd', '']) : pick(random, oddBits));
  }
  return `/${parts.join('/')}`;
}

function oddTarget(random: Random, id: FuzzIdentity): string {
  switch (intBetween(random, 0, 6)) {
    case 0: return pick(random, ['http://[', '//[', 'http://a:b', 'http://:99999/', '*', 'example.com:443', '//', '?k=x', '', ' ']);
    case 1: return `/?k=${pick(random, [id.secret, 'wrong', '', id.secret.slice(1), `${id.secret}%`, '%'])}${chance(random, 0.3) ? '&k=x' : ''}`;
    case 2: return `http://127.0.0.1:${id.port}${oddPath(random)}`;
    case 3: return `/${'a'.repeat(pick(random, [3_000, 20_000, 70_000]))}`;
    case 4: return `/api/${pick(random, ['', '%', '__proto__', 'constructor', 'toString', '../cohortInfo', 'participantsList/x', 'a'.repeat(500)])}`;
    default: return oddPath(random) + (chance(random, 0.3) ? `?${pick(random, oddBits)}=${pick(random, oddBits)}` : '');
  }
}

/** A JSON body no method accepts: every params schema is a strict object, and none of these is one. */
function invalidBody(random: Random): string {
  switch (intBetween(random, 0, 6)) {
    case 0: return '{not json';
    case 1: return JSON.stringify({ '\u0000fuzz': pick(random, [1, 'x', null, [], {}]) });
    case 2: return '['.repeat(intBetween(random, 1, 5_000));
    case 3: return JSON.stringify(pick(random, [null, 1, 'x', [], true]));
    case 4: return '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}';
    case 5: return Buffer.from(Array.from({ length: intBetween(random, 1, 300) }, () => intBetween(random, 0, 255))).toString('latin1');
    default: return `{"path": "${'x'.repeat(intBetween(random, 1, 100))}", "extra": 1}`;
  }
}

interface Draft {
  method: string;
  target: string;
  version: string;
  headers: [string, string][];
  body: string;
  /** The body's framing is one the host cannot trust: only hanging up ends the request. */
  oddFraming: boolean;
}

/** What the page sends: a file, an API read with `{}`, or an API call whose body no method accepts. */
function validDraft(random: Random, id: FuzzIdentity): Draft {
  const headers: [string, string][] = [['Host', `127.0.0.1:${id.port}`], ['Cookie', id.cookie]];
  if (chance(random, 0.35)) {
    const target = pick(random, ['/', '/index.html', '/assets/app.js', '/board', '/favicon.ico', '/nowhere/at/all']);
    return { method: 'GET', target, version: 'HTTP/1.1', headers, body: '', oddFraming: false };
  }
  const read = chance(random, 0.4);
  const body = read ? '{}' : invalidBody(random);
  headers.push(['Content-Type', 'application/json'], ['Content-Length', String(Buffer.byteLength(body, 'latin1'))]);
  return { method: 'POST', target: `/api/${read ? pick(random, readMethods) : pick(random, methodsNeedingParams)}`, version: 'HTTP/1.1', headers, body, oddFraming: false };
}

function mutateHeaders(random: Random, draft: Draft, id: FuzzIdentity): void {
  const set = (name: string, value: string | null) => {
    draft.headers = draft.headers.filter(([key]) => key !== name);
    if (value !== null) draft.headers.push([name, value]);
  };
  const add = (name: string, value: string) => draft.headers.push([name, value]);
  const length = Buffer.byteLength(draft.body, 'latin1');
  switch (intBetween(random, 0, 12)) {
    case 0: set('Host', pick(random, [null, `localhost:${id.port}`, 'evil.example', `127.0.0.1:${id.port + 1}`, '', '['])); break;
    case 1: add('Host', 'second.example'); break;
    case 2: set('Cookie', pick(random, [null, 'kupu_session=wrong', '', `${id.cookie}; ${id.cookie}x`, `a=${'b'.repeat(20_000)}`, '=;=;=='])); break;
    case 3: set('Content-Type', pick(random, [null, 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data; boundary=x', ''])); break;
    case 4: add('Origin', pick(random, [`http://127.0.0.1:${id.port}`, 'http://evil.example', 'null', ''])); break;
    case 5: add('Sec-Fetch-Site', pick(random, ['same-origin', 'cross-site', 'none', 'same-site', ''])); break;
    case 6: add('Expect', '100-continue'); break;
    case 7: set('Content-Length', pick(random, ['-1', 'abc', '1e3', '0x10', '', ' 5', String(length + 10)])); draft.oddFraming = true; break;
    case 8: add('Content-Length', String(length + 1)); draft.oddFraming = true; break;
    case 9:
      set('Content-Length', chance(random, 0.5) ? null : String(length));
      set('Transfer-Encoding', pick(random, ['chunked', 'gzip', 'chunked, chunked', 'identity', 'xchunked']));
      if (chance(random, 0.7)) draft.body = `${length.toString(16)}\r\n${draft.body}\r\n0\r\n\r\n`;
      draft.oddFraming = true;
      break;
    case 10: add(pick(random, ['X-Fuzz', 'X Space', 'X:Colon', '', 'Bad\u0000Name', '\u00e9t\u00e9']), pick(random, ['x', '\u0000', 'a\r\n b', 'x'.repeat(20_000)])); break;
    case 11: for (let i = 0; i < 3_000; i++) add(`X-${i}`, 'x'); break;
    default: draft.headers.reverse();
  }
}

function mutate(random: Random, draft: Draft, id: FuzzIdentity): void {
  switch (intBetween(random, 0, 5)) {
    case 0: draft.method = pick(random, oddMethods); break;
    case 1: draft.version = pick(random, oddVersions); break;
    case 2: draft.target = oddTarget(random, id); break;
    case 3:
      draft.body = invalidBody(random);
      draft.headers = draft.headers.map(([k, v]) => [k, k === 'Content-Length' && !draft.oddFraming ? String(Buffer.byteLength(draft.body, 'latin1')) : v]);
      break;
    default: mutateHeaders(random, draft, id);
  }
}

/** One raw request (sometimes followed by a second, pipelined), possibly cut off at a random byte. */
export function fuzzRequest(random: Random, id: FuzzIdentity): FuzzRequest {
  const draft = validDraft(random, id);
  for (let i = pick(random, [0, 1, 1, 1, 2, 2, 3]); i > 0; i--) mutate(random, draft, id);
  const lineEnd = chance(random, 0.03) ? '\n' : '\r\n';
  let text = `${draft.method} ${draft.target} ${draft.version}${lineEnd}${draft.headers.map(([k, v]) => `${k}: ${v}${lineEnd}`).join('')}${lineEnd}${draft.body}`;
  if (chance(random, 0.1)) text += `GET / HTTP/1.1\r\nHost: 127.0.0.1:${id.port}\r\nCookie: ${id.cookie}\r\n\r\n`;
  let bytes = Buffer.from(text, 'latin1');
  const cutOff = chance(random, 0.2);
  if (cutOff) bytes = bytes.subarray(0, intBetween(random, 0, bytes.length - 1));
  return { bytes, cutOff: cutOff || draft.oddFraming };
}
