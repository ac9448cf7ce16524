import type { ApiErrorShape, KupuApi, MethodName } from '../../shared/contract';

// The renderer's only way to the backend: one function per contract method, over IPC when the desktop
// shell's preload provides `window.kupu`, else over HTTP to the browser host that served this page.

export type Envelope = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };
type Bridge = Record<MethodName, (params: unknown) => Promise<Envelope>> & { onMenu?: (listener: (command: string) => void) => () => void };

declare global {
  interface Window {
    kupu?: Bridge;
  }
}

export class KupuError extends Error {
  constructor(readonly shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'KupuError';
  }
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

async function overHttp(method: MethodName, params: unknown): Promise<Envelope> {
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(params ?? {}),
    credentials: 'same-origin',
  });
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
    return { ok: false, error: { code: 'refused', message: (await response.text()).slice(0, 300) } };
  }
  const body: unknown = await response.json();
  return isEnvelope(body) ? body : { ok: false, error: { code: 'internal', message: 'Unexpected answer from Kupu' } };
}

function call(method: MethodName, params: unknown): Promise<Envelope> {
  const bridge = window.kupu;
  return bridge ? bridge[method](params ?? {}) : overHttp(method, params);
}

/**
 * One function per contract method, made on first use. A proxy rather than a loop over the contract's
 * method names: listing them would pull every zod schema into the code the first screen waits for,
 * and the names are already checked by the `KupuApi` type at every call site.
 */
function makeClient(): KupuApi {
  const made = new Map<string, (params: unknown) => Promise<unknown>>();
  const target: Record<string, unknown> = {};
  return new Proxy(target, {
    get(_, method) {
      // Not a thenable: `await` on the client must not mistake it for a promise.
      if (typeof method !== 'string' || method === 'then') return undefined;
      let fn = made.get(method);
      if (!fn) {
        fn = async (params) => {
          // The name comes from a typed call site (KupuApi); the backend refuses unknown methods anyway.
          const envelope = await call(method as MethodName, params);
          if (!envelope.ok) throw new KupuError(envelope.error);
          return envelope.result;
        };
        made.set(method, fn);
      }
      return fn;
    },
  }) as KupuApi;
}

export const api = makeClient();

export function onMenuCommand(listener: (command: string) => void): () => void {
  return window.kupu?.onMenu?.(listener) ?? (() => {});
}
