import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningKupu {
  url: string;
  dbPath: string;
  home: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `kupu serve` on a fresh cohort file, as a coordinator would, and returns the address it printed. */
export async function startKupu(options: { dbPath?: string; home?: string; importFile?: string } = {}): Promise<RunningKupu> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'kupu-e2e-'));
  const dbPath = options.dbPath ?? join(home, 'cohort.kupu.sqlite');
  if (options.importFile) {
    execFileSync(process.execPath, ['bin/kupu.mjs', 'import', options.importFile, '--db', dbPath], {
      cwd: join(import.meta.dirname, '..', '..'),
      env: { ...process.env, KUPU_HOME: home },
      stdio: 'pipe',
    });
  }
  const child = spawn(process.execPath, ['bin/kupu.mjs', 'serve', '--db', dbPath], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, KUPU_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kupu serve did not start: ${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`kupu serve exited with ${code}: ${stderr}`)));
    if (!child.stdout) return reject(new Error('no stdout'));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
  return {
    url,
    dbPath,
    home,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export function removeHome(home: string): void {
  rmSync(home, { recursive: true, force: true });
}
