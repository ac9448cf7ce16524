import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from './cli';
import { rawExchange, rawGet } from './rawHttp';

// A real `kupu serve` in a process of its own, for tests that must see the host survive (or die): a
// crash inside the test's own process would only show up as an unhandled error.

export interface ServedHost {
  port: number;
  secret: string;
  process: ChildProcess;
  /** What the host wrote to stderr so far. */
  stderr(): string;
  /** Opens the printed address as a browser would and returns the Cookie header the host granted. */
  login(): Promise<string>;
  stop(): Promise<void>;
}

/** A page for the host to serve, so the test does not depend on a renderer build. */
export function fakeRenderer(dir: string): string {
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Kupu</title>');
  return rendererDir;
}

export async function serveCohort(dir: string, dbPath: string): Promise<ServedHost> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'kupu.mjs'), 'serve', '--db', dbPath], {
    cwd: repoRoot,
    env: { ...process.env, KUPU_HOME: join(dir, 'home'), KUPU_RENDERER_DIR: fakeRenderer(dir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const openUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kupu serve did not start: ${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`kupu serve exited with ${code}: ${stderr}`)));
    if (!child.stdout) return reject(new Error('no stdout'));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
  const url = new URL(openUrl);
  const port = Number(url.port);
  const secret = url.searchParams.get('k') ?? '';
  return {
    port,
    secret,
    process: child,
    stderr: () => stderr,
    async login() {
      const { status, text } = await rawExchange(port, rawGet(`/?k=${secret}`, { Host: `127.0.0.1:${port}` }));
      const cookie = /\r\nset-cookie: ([^;\r\n]+)/i.exec(text)?.[1];
      if (status !== 303 || !cookie) throw new Error(`the host granted no session: ${text}`);
      return cookie;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
