// Parsing a big workbook takes a noticeable moment; doing it in a worker thread keeps the app responsive.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inflateRawSync } from 'node:zlib';
import { ImportFailure, issue } from './errors';
import { parseRegistration, type ParseOptions, type ParsedRegistration } from './parse';
import type { WorkerReply, WorkerRequest } from './worker-thread';

export interface WorkerRuntime {
  /** Script the worker runs; by default worker-thread.ts beside this file (from source) or import-worker.js beside the bundle. */
  entry?: URL;
  execArgv?: string[];
  /**
   * From TypeScript source: tsx's ESM API (a file URL), registered inside the worker before it loads
   * `entry`. (On Node 20 a worker does not pick up `--import tsx` from execArgv.)
   */
  tsxApi?: string;
  /** Files smaller than this are parsed in this thread: starting a worker would take longer. */
  inlineBelowBytes?: number;
}

/** A worker starts in ~0.1 s from the bundle (~0.8 s through tsx); this much parses in about that time. */
export const inlineBelowBytes = 512 * 1024;

/** node:zlib inflates XLSX parts ~4x faster than fflate; maxOutputLength enforces the declared size. */
export function nodeInflateRaw(data: Uint8Array, size: number): Uint8Array {
  // One output chunk of the declared size: no growing and concatenating of chunks (a sheet is tens of MB).
  return inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size, 64) });
}

/** tsx's ESM API as a file URL, from tsx's own package exports; null when tsx is not installed. */
function tsxApiUrl(from: string): string | null {
  try {
    const require = createRequire(from);
    const manifest = require.resolve('tsx/package.json');
    const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
    const target = exports?.['./esm/api']?.import?.default;
    return target === undefined ? null : new URL(target, pathToFileURL(manifest)).href;
  } catch {
    return null;
  }
}

/**
 * Where the worker's code is. From TypeScript source (tsx, vitest) it is worker-thread.ts, loaded
 * through tsx; in a bundle it is `import-worker.js` next to the bundle (a separate build entry).
 * Null when neither exists: the caller parses in-thread.
 */
export function defaultWorkerRuntime(): WorkerRuntime | null {
  const here = import.meta.url;
  // tsx's loader may add a query to the URL (tsImport does); the file name decides.
  const fromSource = new URL(here).pathname.endsWith('.ts');
  // The names are computed, not literal, so bundlers do not try to inline the worker as an asset.
  const entry = new URL(['.', fromSource ? 'worker-thread.ts' : 'import-worker.js'].join('/'), here);
  if (entry.protocol !== 'file:' || !existsSync(fileURLToPath(entry))) return null;
  if (!fromSource) return { entry, execArgv: [] };
  const tsxApi = tsxApiUrl(here);
  return tsxApi === null ? null : { entry, execArgv: [], tsxApi };
}

function startWorker(runtime: WorkerRuntime & { entry: URL }): Worker {
  if (runtime.tsxApi === undefined) return new Worker(runtime.entry, { execArgv: runtime.execArgv ?? [] });
  const bootstrap = `import(${JSON.stringify(runtime.tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(runtime.entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: runtime.execArgv ?? [] });
}

/** parseRegistration in this thread, reading XLSX parts as the worker does (nodeInflateRaw). */
export function parseRegistrationInThread(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParsedRegistration {
  return parseRegistration(bytes, fileName, { ...options, inflateRaw: nodeInflateRaw });
}

/**
 * parseRegistration in a worker thread. Falls back to parsing in this thread when a worker cannot
 * start (no worker script in this build, tsx missing, threads unavailable). Rejects with
 * ImportFailure exactly as parseRegistration throws it. `runtime` defaults to defaultWorkerRuntime()
 * (parseRegistrationInThread parses in this thread on purpose).
 */
export async function parseRegistrationOffThread(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
  runtime?: WorkerRuntime,
): Promise<ParsedRegistration> {
  const inThread = () => parseRegistrationInThread(bytes, fileName, options);
  if (bytes.byteLength < (runtime?.inlineBelowBytes ?? inlineBelowBytes)) return inThread();
  // Looked up only now: it checks the file system, which a small file has no need of.
  const chosen = runtime ?? defaultWorkerRuntime();
  if (!chosen?.entry) return inThread();
  let worker: Worker;
  try {
    worker = startWorker({ ...chosen, entry: chosen.entry });
  } catch {
    return inThread();
  }
  return new Promise<ParsedRegistration>((resolve, reject) => {
    let started = false;
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      try {
        action();
      } catch (error) {
        reject(error);
      }
    };
    worker.on('message', (reply: WorkerReply) => {
      switch (reply.type) {
        case 'ready': {
          started = true;
          // A view into a bigger buffer (a pooled Buffer) would clone the whole buffer; send just the bytes.
          const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
          // Only data crosses to the worker (an inflateRaw function would not clone; the worker has its own).
          const request: WorkerRequest = { bytes: whole ? bytes : bytes.slice(), fileName, options: { sheet: options.sheet, mapping: options.mapping } };
          worker.postMessage(request);
          return;
        }
        case 'result':
          return settle(() => resolve(restorePrototypes(reply.result)));
        case 'failure':
          return settle(() => reject(new ImportFailure(reply.issues)));
        case 'crash':
          // A bug in the reader, said in the coordinator's language; the stack stays for the log.
          return settle(() => reject(Object.assign(new ImportFailure([issue(fileName, null, null, 'registration.readerFailed', { detail: reply.message })]), { stack: reply.stack })));
      }
    });
    // A worker that dies before it is ready never ran our code: parse here instead.
    worker.on('error', (error) => settle(() => (started ? reject(error) : resolve(inThread()))));
    worker.on('exit', (code) => settle(() => (started ? reject(new ImportFailure([issue(fileName, null, null, 'registration.readerStopped', { code })])) : resolve(inThread()))));
  });
}

/** Structured cloning gives plain objects; header-keyed records go back to null prototypes. */
function restorePrototypes(parsed: ParsedRegistration): ParsedRegistration {
  const bare = <T>(record: Record<string, T>): Record<string, T> => {
    const copy: Record<string, T> = Object.create(null);
    return Object.assign(copy, record);
  };
  const rows = new Map(parsed.rows.map((row) => [row, { ...row, extra: bare(row.extra) }]));
  const again = (row: ParsedRegistration['rows'][number]) => rows.get(row) ?? { ...row, extra: bare(row.extra) };
  return {
    ...parsed,
    mapping: bare(parsed.mapping),
    rows: parsed.rows.map(again),
    duplicates: parsed.duplicates.map((d) => ({ kept: again(d.kept), dropped: again(d.dropped) })),
  };
}
