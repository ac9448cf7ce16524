import type { ApiErrorShape, KupuApi, MethodName } from '../../shared/contract';
import { contractMethodNames } from '../../shared/contract/methodNames';

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
 * One function per contract method, generated from the contract's keys. The names come from the
 * zod-free generated list (methodNames.ts): the contract module itself would pull every schema into the
 * code the first screen waits for.
 */
function makeClient(): KupuApi {
  const client: Record<string, (params: unknown) => Promise<unknown>> = {};
  for (const method of contractMethodNames) {
    client[method] = async (params) => {
      const envelope = await call(method, params);
      if (!envelope.ok) throw new KupuError(envelope.error);
      return envelope.result;
    };
  }
  // The generated list is checked against MethodName both ways (see methodNames.ts), so this is every method.
  return client as KupuApi;
}

export const api = makeClient();

export function onMenuCommand(listener: (command: string) => void): () => void {
  return window.kupu?.onMenu?.(listener) ?? (() => {});
}

/** The desktop app (its preload publishes `window.kupu`), as opposed to the browser host. */
export function inDesktopApp(): boolean {
  return window.kupu !== undefined;
}
