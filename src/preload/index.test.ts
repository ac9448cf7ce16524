import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../shared/contract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: electron.ipcRenderer,
}));

describe('preload entry', () => {
  beforeEach(() => electron.exposed.clear());

  it('exposes window.kupu with exactly the contract methods + onMenu, and never ipcRenderer', async () => {
    await import('./index');
    expect([...electron.exposed.keys()]).toEqual(['kupu']);
    const kupu = electron.exposed.get('kupu') as Record<string, unknown>;
    expect(Object.keys(kupu).sort()).toEqual([...methodNames, 'onMenu'].sort());
    expect(Object.values(kupu)).not.toContain(electron.ipcRenderer);
    expect(Object.values(kupu).every((value) => typeof value === 'function')).toBe(true);
  });
});

describe('preload bundle contents', () => {
  it('imports nothing at run time but electron and its own files (no zod, no contract values)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('.', import.meta.url);
    const runtimeFiles = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'generateMethodNames.ts');
    for (const file of runtimeFiles) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^'"]*from\s+'([^']+)'/gm)].map((match) => match[1]);
      for (const specifier of runtimeImports) expect(['electron', './bridge', './channels', '../shared/contract/methodNames'], `${file}: ${specifier}`).toContain(specifier);
    }
    // The generated name list, shared with the renderer's client, imports the contract for types only.
    const names = readFileSync(new URL('../shared/contract/methodNames.ts', dir), 'utf8');
    expect([...names.matchAll(/^import\s+(?!type\b)/gm)]).toEqual([]);
  });
});
