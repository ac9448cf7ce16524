// The body of the matcher's worker thread: one run of the engine, its progress posted as it goes.
import { parentPort } from 'node:worker_threads';
import { matchOptimal, matchStable, type MatchInput, type MatchResult } from '../../core/matching';

export interface MatchRequest {
  input: MatchInput;
  mode: 'optimal' | 'stable';
}

export type MatchReply =
  | { type: 'ready' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: MatchResult }
  | { type: 'crash'; message: string };

const port = parentPort;
if (port) {
  port.once('message', ({ input, mode }: MatchRequest) => {
    const onProgress = (done: number, total: number): void => port.postMessage({ type: 'progress', done, total } satisfies MatchReply);
    try {
      const result = mode === 'stable' ? matchStable(input, { onProgress }) : matchOptimal(input, { onProgress });
      port.postMessage({ type: 'result', result } satisfies MatchReply);
    } catch (error) {
      port.postMessage({ type: 'crash', message: error instanceof Error ? error.message : String(error) } satisfies MatchReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies MatchReply);
}
