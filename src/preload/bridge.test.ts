import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../shared/contract';
import { menuChannel, menuCommands } from './channels';
import { buildBridge, type IpcRendererLike } from './bridge';
import { contractMethodNames } from '../shared/contract/methodNames';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, params: unknown) => ({ ok: true, result: { channel, params } })),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, ...args));
  return { ipc, emit, listeners };
}

describe('preload method names', () => {
  it('are exactly the contract method names, in order', () => {
    expect([...contractMethodNames]).toEqual(methodNames);
  });
});

describe('buildBridge', () => {
  it('has one function per contract method plus onMenu, nothing else', () => {
    const bridge = buildBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'onMenu'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('invokes kupu:<method> with the params and returns the envelope unchanged', async () => {
    const { ipc } = fakeIpc();
    const bridge = buildBridge(ipc);
    await expect(bridge.historyList({ limit: 3 })).resolves.toEqual({
      ok: true,
      result: { channel: 'kupu:historyList', params: { limit: 3 } },
    });
    await bridge.cohortInfo();
    expect(ipc.invoke).toHaveBeenLastCalledWith('kupu:cohortInfo', {});
  });

  it('onMenu passes only known command strings and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = buildBridge(ipc);
    const seen: unknown[][] = [];
    const stop = bridge.onMenu((...args: unknown[]) => seen.push(args));
    expect(ipc.on).toHaveBeenCalledWith(menuChannel, expect.any(Function));

    for (const command of menuCommands) emit(menuChannel, command);
    emit(menuChannel, 'rm -rf');
    emit(menuChannel, { command: 'print' });
    emit('kupu:other', 'print');
    expect(seen).toEqual(menuCommands.map((command) => [command]));

    stop();
    expect(listeners.get(menuChannel)?.size).toBe(0);
    emit(menuChannel, 'print');
    expect(seen).toHaveLength(menuCommands.length);
  });
});
