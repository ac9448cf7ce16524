#!/usr/bin/env node
// Runs the Kupu command line straight from its TypeScript source (tsx), so `npx kupu` works right
// after `npm install` without a build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/main/cli/main.ts', import.meta.url);
await main(process.argv.slice(2));
