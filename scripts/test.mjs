#!/usr/bin/env node
// `npm test`: type-checking, lint, unit tests (vitest), the renderer build and the end-to-end tests
// (Playwright in Debian's Chromium through the browser host) — everything, in one command. Ends with one
// plain line "N passed, N failed" that counts every test and check it ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
let passed = 0;
let failed = 0;
const only = process.argv.slice(2);
const wanted = (step) => only.length === 0 || only.includes(step);

function run(title, command, args, env = {}) {
  process.stdout.write(`\n=== ${title}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) passed++;
  else {
    failed++;
    process.stdout.write(`FAILED: ${title}\n`);
  }
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const stats = report.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  return true;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (wanted('typecheck')) {
  check('typecheck (node)', npx, ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
  check('typecheck (web)', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
  check('typecheck (end-to-end specs)', npx, ['tsc', '-p', 'tsconfig.e2e.json', '--noEmit']);
}
if (wanted('lint')) check('lint (process boundaries)', npx, ['eslint', '.']);
if (wanted('security')) check('electronegativity (Electron shell)', process.execPath, ['scripts/electronegativity.mjs']);

if (wanted('unit')) {
  const file = join(tmp, 'vitest.json');
  rmSync(file, { force: true });
  const ok = run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  if (!countVitest(file) || (!ok && failed === 0)) failed++;
}

if (wanted('e2e')) {
  if (run('build renderer', npx, ['vite', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'])) {
    passed++;
    const file = join(tmp, 'playwright.json');
    rmSync(file, { force: true });
    const ok = run('end-to-end tests', npx, ['playwright', 'test'], { KUPU_PW_JSON: file });
    if (!countPlaywright(file) || (!ok && failed === 0)) failed++;
  } else failed++;
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
