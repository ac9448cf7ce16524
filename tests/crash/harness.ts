import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

// Runs tests/crash/child.ts as a real process and kills it with SIGKILL: no exit handlers, no
// finally blocks, exactly what a power cut or a force-quit does to the app.

const childScript = join(import.meta.dirname, 'child.ts');

export interface ChildRun {
  /** Milliseconds from "ready" to "done", or null when it was killed first. */
  doneAfter: number | null;
  killedAfter: number | null;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

interface Started {
  child: ChildProcess;
  ready: Promise<number>;
  done: Promise<number>;
  exited: Promise<void>;
  stderr: () => string;
}

function start(args: string[]): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let readyAt = 0;
  const lines = createInterface({ input: child.stdout ?? process.stdin });
  const waitFor = (word: string) =>
    new Promise<number>((resolve, reject) => {
      lines.on('line', (line) => {
        if (line.split(' ')[0] === word) resolve(performance.now());
      });
      void exited.then(() => reject(new Error(`the child exited before "${word}": ${stderr.slice(-2000)}`)));
    });
  const ready = waitFor('ready').then((at) => (readyAt = at));
  const done = waitFor('done').then((at) => at - readyAt);
  ready.catch(() => undefined);
  done.catch(() => undefined);
  return { child, ready, done, exited, stderr: () => stderr };
}

/** Lets the child finish its write, then kills it: how long the write takes from "ready" to "done". */
export async function measure(args: string[]): Promise<number> {
  const run = start(args);
  try {
    await run.ready;
    return await run.done;
  } finally {
    run.child.kill('SIGKILL');
    await run.exited;
  }
}

/** Starts the child and kills it `delayMs` after it announced "ready". */
export async function killAfter(args: string[], delayMs: number): Promise<ChildRun> {
  const run = start(args);
  let doneAfter: number | null = null;
  void run.done.then((ms) => (doneAfter = ms), () => undefined);
  try {
    await run.ready;
  } catch {
    await run.exited;
    return { doneAfter, killedAfter: null, exitCode: run.child.exitCode, signal: run.child.signalCode, stderr: run.stderr() };
  }
  const readyAt = performance.now();
  let killedAfter: number | null = null;
  const timer = setTimeout(() => {
    killedAfter = performance.now() - readyAt;
    run.child.kill('SIGKILL');
  }, delayMs);
  await run.exited;
  clearTimeout(timer);
  return { doneAfter, killedAfter, exitCode: run.child.exitCode, signal: run.child.signalCode, stderr: run.stderr() };
}
