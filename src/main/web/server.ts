import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import type { Handlers } from '../../shared/contract';
import { contentSecurityPolicy } from '../../shared/csp';
import { dispatch, saidError, toApiError } from '../dispatch';
import { translate } from '../../shared/i18n';
import { redact } from '../redact';
import { bodyLimitOf, createBodyBudget, readBody, type BodyBudget } from './bodies';
import { checkRequest, hostAllowed, secretMatches, sessionCookieName } from './guard';
import { createSessionTokens } from './sessions';
import { parseTarget } from './target';

// The browser host: the built renderer and the handler map over HTTP, on 127.0.0.1 only.

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface WebHost {
  url: string;
  /** The address to open, secret included. */
  openUrl: string;
  port: number;
  secret: string;
  server: Server;
  close(): Promise<void>;
}

export interface WebHostOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  secret?: string;
  /** The clock sessions expire by (tests move it). */
  now?: () => number;
}

function securityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', contentSecurityPolicy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cache-Control', 'no-store');
}

function send(response: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  // A refused request may have a body nobody read: close rather than read it through to reuse the connection.
  if (status >= 400) response.setHeader('Connection', 'close');
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown) => send(response, status, JSON.stringify(value), 'application/json');

async function handleApi(handlers: Handlers, method: string, request: IncomingMessage, response: ServerResponse, budget: BodyBudget): Promise<void> {
  if (request.method !== 'POST') return send(response, 405, 'POST only');
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, 'JSON only');
  const body = await readBody(request, bodyLimitOf(method), budget);
  if (!body.ok) {
    if (body.status === 503) response.setHeader('Retry-After', '5');
    return sendJson(response, body.status, { ok: false, error: saidError('refused', body.said.key, body.said.params) });
  }
  try {
    const result = await dispatch(handlers, method, body.text ? JSON.parse(body.text) : {});
    sendJson(response, 200, { ok: true, result });
  } catch (error) {
    const shape = toApiError(error);
    const status = shape.code === 'internal' ? 500 : shape.code === 'unknown_method' || shape.code === 'not_found' ? 404 : 400;
    sendJson(response, status, { ok: false, error: shape });
  } finally {
    body.release();
  }
}

function serveFile(rendererDir: string, path: string, response: ServerResponse): void {
  const root = resolve(rendererDir);
  const wanted = normalize(join(root, path));
  if (wanted !== root && !wanted.startsWith(root + sep)) return send(response, 404, 'Not found');
  let file = wanted;
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  if (!existsSync(file)) return send(response, 500, 'The app is not built: run `npm run build:renderer`.');
  // In one piece, not streamed: the app's few small files must not wait, chunk by chunk, behind the
  // cohort's first (synchronous, database-bound) API call that the page sends at the same moment.
  const body = readFileSync(file);
  response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
  response.end(body);
}

/**
 * A request the guard turned away. A page without a session (it ended, or the host restarted) is the one
 * refusal a coordinator meets, so it is said in her language: by key to the page's own API calls, and in
 * both languages on a page load, before any language is chosen.
 */
function refuse(response: ServerResponse, verdict: { status: number; reason: string }, api: boolean): void {
  if (verdict.status !== 401) return send(response, verdict.status, verdict.reason);
  if (api) return sendJson(response, 401, { ok: false, error: saidError('refused', 'api.noSession') });
  return send(response, 401, `${translate('id', 'messages.api.noSession')}\n\n${translate('en', 'messages.api.noSession')}\n`);
}

/** Whatever one request does wrong ends that request only; the host keeps serving the page. */
function failed(response: ServerResponse, error: unknown): void {
  console.warn(`Kupu: a request failed: ${redact(error instanceof Error ? error.message : String(error))}`);
  if (!response.headersSent) send(response, 500, 'Internal error');
  else response.destroy();
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;

  const budget = createBodyBudget();
  const sessions = createSessionTokens(options.now);
  const route = (request: IncomingMessage, response: ServerResponse): void => {
    securityHeaders(response);
    const target = parseTarget(request.url);
    if (!target) return send(response, 400, 'Bad request');
    // Opening the printed address trades the secret in the query for a session token in a same-site,
    // HTTP-only cookie (browser-session lifetime: no Expires).
    const offered = target.query.get('k');
    if (offered !== null) {
      if (!hostAllowed(request.headers.host, port) || !secretMatches(offered, secret)) return send(response, 403, 'Forbidden');
      response.setHeader('Set-Cookie', `${sessionCookieName(port)}=${sessions.grant()}; HttpOnly; SameSite=Strict; Path=/`);
      response.writeHead(303, { Location: '/' });
      return void response.end();
    }
    const verdict = checkRequest(request.headers, { port, isSession: sessions.check });
    if (!verdict.ok) return refuse(response, verdict, target.path.startsWith('/api/'));
    if (target.path.startsWith('/api/')) {
      return void handleApi(options.handlers, target.path.slice(5), request, response, budget).catch((error: unknown) => failed(response, error));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed');
    return serveFile(options.rendererDir, target.path, response);
  };

  const server = createServer((request, response) => {
    try {
      route(request, response);
    } catch (error) {
      failed(response, error);
    }
  });
  // A whole request arrives from loopback in well under a second; one that trickles holds its body budget.
  server.requestTimeout = 60_000;

  // CONNECT (a proxy's method) never reaches the request handler; Node would hang up without a word.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    openUrl: `${url}/?k=${secret}`,
    port,
    secret,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
