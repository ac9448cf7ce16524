import type { ApiErrorShape, MethodName, Params, Result } from '../shared/contract';
import { isMenuCommand, menuChannel, methodChannel, type MenuCommand } from './channels';
import { contractMethodNames } from '../shared/contract/methodNames';

// What the page gets as `window.kupu`: one function per contract method returning the transport
// envelope (the same as the browser host's HTTP answers), and a menu subscription. Never ipcRenderer.

export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: ApiErrorShape };

export type KupuBridge = { [M in MethodName]: (params?: Params<M>) => Promise<Envelope<Result<M>>> } & {
  /** Calls `listener` with each menu command; returns the unsubscribe function. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
};

/** The part of ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildBridge(ipc: IpcRendererLike): KupuBridge {
  const methods = Object.fromEntries(
    contractMethodNames.map((name) => [name, (params?: unknown) => ipc.invoke(methodChannel(name), params ?? {})]),
  );
  const onMenu = (listener: (command: MenuCommand) => void) => {
    // Only the command string crosses over: the IPC event (and its `sender`) stays in the preload.
    const relay = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipc.on(menuChannel, relay);
    return () => void ipc.removeListener(menuChannel, relay);
  };
  return { ...methods, onMenu } as KupuBridge;
}
