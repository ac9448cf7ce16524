#!/usr/bin/env node
// Runs the Kupu command line from its TypeScript source, so `npx kupu` works right after `npm install`
// without a build step: from a bundle of that source that esbuild makes on first use and remakes when
// the source changes (sourceBundle.mjs), or through tsx when no bundle can be made.
import { fileURLToPath } from 'node:url';
import { sourceBundle } from './sourceBundle.mjs';

const entry = new URL('../src/main/cli/main.ts', import.meta.url);
const bundle = await sourceBundle(fileURLToPath(entry), fileURLToPath(new URL('../node_modules/.cache/kupu-cli/', import.meta.url)));
const { main } = bundle ? await import(bundle) : await (await import('tsx/esm/api')).tsImport(entry.href, import.meta.url);
await main(process.argv.slice(2));
