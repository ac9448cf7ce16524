// Runs after `npm install`/`npm ci`: builds the app's page so `npx kupu serve` works right away.
// A failed build must not fail the install: serve then says how to build it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

if (process.env.KUPU_SKIP_PREPARE) process.exit(0);
const root = join(import.meta.dirname, '..');
const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['vite', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) console.warn('kupu: building the app page failed; run `npm run build:renderer` to see why.');
