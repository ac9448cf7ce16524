// The body of the import worker thread: parse one file, post the result (or the failure) back.
import { parentPort } from 'node:worker_threads';
import { ImportFailure } from './errors';
import type { ParsedRegistration, ParseOptions } from './parse';
import { parseRegistrationInThread } from './worker';

export interface WorkerRequest {
  bytes: Uint8Array;
  fileName: string;
  options: ParseOptions;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'result'; result: ParsedRegistration }
  | { type: 'failure'; issues: ImportFailure['issues'] }
  | { type: 'crash'; message: string; stack?: string };

const port = parentPort;
if (port) {
  port.once('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { type: 'result', result: parseRegistrationInThread(request.bytes, request.fileName, request.options) };
    } catch (error) {
      reply =
        error instanceof ImportFailure
          ? { type: 'failure', issues: error.issues }
          : { type: 'crash', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}
