// Matching a large cohort takes seconds: in the app it runs in a worker thread, so the thread that
// answers the window stays free, reports its progress, and can be cancelled (the worker is ended).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { matchOptimal, matchStable, type MatchInput, type MatchResult } from '../../core/matching';
import { ApiError, saidError } from '../../dispatch';
import type { MatchReply, MatchRequest } from './worker-thread';

export interface MatchRun {
  mode: 'optimal' | 'stable';
  started: number;
  done: number;
  total: number;
  cancel: () => void;
}

/** Below this many people a run takes well under a second: starting a worker would take longer. */
export const inThreadBelow = 3000;

/** The worker's script: worker-thread.ts through tsx from source, match-worker.js beside the bundle. */
function workerScript(): { code: string; eval: boolean } | null {
  const here = new URL(import.meta.url);
  const fromSource = here.pathname.endsWith('.ts');
  const entry = new URL(['.', fromSource ? 'worker-thread.ts' : 'match-worker.js'].join('/'), here);
  if (entry.protocol !== 'file:' || !existsSync(fileURLToPath(entry))) return null;
  if (!fromSource) return { code: fileURLToPath(entry), eval: false };
  // From source (tsx, vitest) the worker registers tsx before it loads the TypeScript entry.
  let tsx: string;
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    return null;
  }
  return { code: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, eval: true };
}

export const cancelledError = (): ApiError => new ApiError(saidError('conflict', 'match.cancelled'));

/** One matching run in this thread, progress reported to `onProgress` as the engine goes. */
export function matchInThread(input: MatchInput, mode: MatchRun['mode'], onProgress?: (done: number, total: number) => void): MatchResult {
  return mode === 'stable' ? matchStable(input, { onProgress }) : matchOptimal(input, { onProgress });
}

/**
 * One matching run in a worker thread. `run` is kept up to date with its progress; run.cancel() ends
 * the worker and the promise rejects with the 'cancelled' error. Falls back to this thread when no
 * worker can start (no worker script in this build).
 */
export function matchOffThread(input: MatchInput, run: MatchRun): Promise<MatchResult> {
  const script = input.participants.length < inThreadBelow ? null : workerScript();
  if (!script) return Promise.resolve(matchInThread(input, run.mode));
  const worker = new Worker(script.code, { eval: script.eval });
  return new Promise<MatchResult>((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      action();
    };
    run.cancel = () => settle(() => reject(cancelledError()));
    worker.on('message', (reply: MatchReply) => {
      if (reply.type === 'ready') worker.postMessage({ input, mode: run.mode } satisfies MatchRequest);
      else if (reply.type === 'progress') {
        run.done = reply.done;
        run.total = reply.total;
      } else if (reply.type === 'result') settle(() => resolve(reply.result));
      else settle(() => reject(new Error(reply.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The matching worker stopped (exit code ${code}).`))));
  });
}
