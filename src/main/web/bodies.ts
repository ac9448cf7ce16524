import type { IncomingMessage } from 'node:http';
import { contract } from '../../shared/contract';
import { fileData } from '../../shared/contract/common';
import type { Message } from '../../shared/i18n';

// API request bodies. Each method has a limit: the ones that carry a file (base64, up to the importer's
// 50 MB) get room for it, every other method a few megabytes. A body declared over its limit is refused
// from its Content-Length before any of it is read; a chunked one is cut off at the limit. All requests
// together may hold at most `inFlightBytes` of body at once (one file upload and some small calls), so
// concurrent uploads cannot grow the host's memory without end: the one that does not fit is told to
// retry.

const MB = 1024 * 1024;

export const bodyLimits = {
  /** fileData's 70,000,000 base64 characters, plus room for the file name, sheet and column mapping. */
  fileBytes: 70_000_000 + 2 * MB,
  /** The largest other call (100,000 ids for a bulk edit or a matching apply) stays well under this. */
  otherBytes: 16 * MB,
  inFlightBytes: 100 * MB,
} as const;

const fileMethods = new Set(
  Object.entries(contract)
    .filter(([, spec]) => Object.values((spec.params as { shape?: Record<string, unknown> }).shape ?? {}).includes(fileData))
    .map(([method]) => method),
);

export function bodyLimitOf(method: string): number {
  return fileMethods.has(method) ? bodyLimits.fileBytes : bodyLimits.otherBytes;
}

/** The body bytes all requests hold at once, reserved before reading and released when done. */
export interface BodyBudget {
  reserve(bytes: number): boolean;
  release(bytes: number): void;
  readonly held: number;
}

export function createBodyBudget(limit = bodyLimits.inFlightBytes): BodyBudget {
  let held = 0;
  return {
    reserve(bytes) {
      if (held + bytes > limit) return false;
      held += bytes;
      return true;
    },
    release(bytes) {
      held = Math.max(0, held - bytes);
    },
    get held() {
      return held;
    },
  };
}

/** A body read whole keeps its room in the budget until `release`: its text is parsed and used after reading. */
export type BodyOutcome = { ok: true; text: string; release(): void } | { ok: false; status: 400 | 413 | 503; said: Message };

const tooLarge = (limit: number): BodyOutcome => ({ ok: false, status: 413, said: { key: 'api.tooLarge', params: { limitMb: Math.round(limit / MB) } } });
const aborted: BodyOutcome = { ok: false, status: 400, said: { key: 'api.cutShort' } };
const busy: BodyOutcome = { ok: false, status: 503, said: { key: 'api.busy' } };

/**
 * Reads a request's body as text within `limit` bytes and the shared `budget`. Node has already refused
 * a malformed Content-Length (400), so a present one is a whole number of bytes.
 */
export async function readBody(request: IncomingMessage, limit: number, budget: BodyBudget): Promise<BodyOutcome> {
  const declared = request.headers['content-length'];
  let reserved = 0;
  if (declared !== undefined) {
    const length = Number(declared);
    if (length > limit) return tooLarge(limit);
    if (!budget.reserve(length)) return busy;
    reserved = length;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // Events rather than `for await`: leaving that loop early destroys the request, and with it the socket
  // the 413 must still be written to. A refused body's rest is read and dropped until the refusal has
  // closed the connection: closing on unread bytes would reset it, and the client could lose the answer.
  const outcome = await new Promise<BodyOutcome | null>((settle) => {
    const stop = (result: BodyOutcome | null) => {
      request.off('data', onData).off('end', onEnd).off('error', onEnd).off('close', onEnd);
      if (result) {
        chunks.length = 0;
        request.on('error', () => undefined).resume();
      }
      settle(result);
    };
    const onData = (piece: Buffer) => {
      size += piece.length;
      if (size > limit) return stop(tooLarge(limit));
      // A chunked body has no declared size: it reserves its room as it arrives.
      if (size > reserved) {
        if (!budget.reserve(size - reserved)) return stop(busy);
        reserved = size;
      }
      chunks.push(piece);
    };
    const onEnd = () => stop(request.complete ? null : aborted);
    request.on('data', onData).on('end', onEnd).on('error', onEnd).on('close', onEnd);
  });
  if (outcome) {
    budget.release(reserved);
    return outcome;
  }
  let released = false;
  return {
    ok: true,
    text: Buffer.concat(chunks, size).toString('utf8'),
    release() {
      if (!released) budget.release(reserved);
      released = true;
    },
  };
}
