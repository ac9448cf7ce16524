import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { methodNames } from './src/shared/contract';
import { writeMethodNames } from './src/preload/generateMethodNames';
import { rendererConfig } from './vite.renderer.config';

// The desktop build: main (the shell + backend, ESM), preload (one sandbox-compatible CommonJS file)
// and renderer (the same build as the browser host's, from vite.renderer.config.ts).

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // package.json dependencies (better-sqlite3 with its native addon, zod, fflate) load from
      // node_modules at run time; playwright-core (a dev dependency, only used off-Electron) too.
      externalizeDeps: { include: ['playwright-core'] },
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/electron/index.ts'),
          // The registration parser's worker thread, found beside the bundle (src/main/import/worker.ts).
          'import-worker': resolve(root, 'src/main/import/worker-thread.ts'),
          // The matcher's worker thread (src/main/services/matching/offThread.ts).
          'match-worker': resolve(root, 'src/main/services/matching/worker-thread.ts'),
        },
        external: ['better-sqlite3', 'playwright-core'],
      },
    },
  },
  preload: {
    plugins: [
      {
        name: 'kupu:preload-method-names',
        // The preload lists the contract's method names without bundling zod: refresh that list first.
        buildStart: () => void writeMethodNames(methodNames),
      },
    ],
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot require node_modules: everything goes into the one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
