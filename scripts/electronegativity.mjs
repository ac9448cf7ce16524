#!/usr/bin/env node
// Electronegativity (Doyensec's Electron security linter) over the desktop shell and the preload:
// the TypeScript sources of src/main/electron and src/preload, scanned together (so its global checks
// see the navigation and permission handlers wherever they live), tests left out (they mock Electron
// and are not shipped). Fails on any finding of severity MEDIUM or above that is not in the reviewed
// allowlist security/electronegativity-allowlist.json, on an allowlist entry that no longer matches
// anything (so the list never outlives the code it excuses), and on any file it cannot parse.
//   node scripts/electronegativity.mjs [--json]
// Note: the tool tries to fetch translations and Electron's release list; offline it says so and goes on.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const scanned = ['src/main/electron', 'src/preload'];
const allowlistFile = join(root, 'security', 'electronegativity-allowlist.json');
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
const run = createRequire(import.meta.url)('@doyensec/electronegativity');

const isTest = (name) => /\.test\.(ts|tsx|mjs|js)$/.test(name);

/** A copy of the shipped sources, keeping their paths relative to the repository. */
function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'kupu-electronegativity-'));
  for (const folder of scanned) {
    cpSync(join(root, folder), join(dir, folder), { recursive: true, filter: (source) => statSync(source).isDirectory() || !isTest(source) });
  }
  return dir;
}

function countFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((name) => statSync(join(dir, name)).isFile()).length;
}

const dir = stage();
let result;
const quiet = console.log;
try {
  console.log = () => undefined; // the library logs progress and connectivity notes on stdout
  result = await run({ input: dir, isRelative: true, electronVersionOverride: electronVersion });
} finally {
  console.log = quiet;
}
const files = countFiles(dir);
rmSync(dir, { recursive: true, force: true });

const allowlist = JSON.parse(readFileSync(allowlistFile, 'utf8'));
const medium = 2; // Electronegativity's severity scale: INFORMATIONAL 0, LOW 1, MEDIUM 2, HIGH 3
const findings = result.issues.map((issue) => ({
  check: issue.id,
  file: issue.file === 'N/A' ? 'N/A' : relative('.', issue.file),
  line: issue.location.line,
  severity: issue.severity.name,
  blocking: issue.severity.value >= medium,
  manualReview: issue.manualReview,
}));
const allows = (entry, finding) => entry.check === finding.check && entry.file === finding.file;
const unexplained = findings.filter((f) => f.blocking && !allowlist.some((entry) => allows(entry, f)));
const stale = allowlist.filter((entry) => !findings.some((f) => allows(entry, f)));
const parseErrors = result.errors.filter((e) => !e.tolerable);

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ files, checks: result.atomicChecks + result.globalChecks, findings, unexplained, stale, parseErrors }, null, 2)}\n`);
} else {
  process.stdout.write(`Electronegativity ${result.atomicChecks + result.globalChecks} checks over ${files} files of ${scanned.join(' and ')} (Electron ${electronVersion}):\n`);
  for (const f of findings) {
    const status = !f.blocking ? 'info' : allowlist.some((entry) => allows(entry, f)) ? 'allowlisted' : 'FAIL';
    process.stdout.write(`  ${status.padEnd(11)} ${f.severity.padEnd(13)} ${f.check}  ${f.file}${f.line ? `:${f.line}` : ''}\n`);
  }
  for (const entry of stale) process.stdout.write(`  STALE allowlist entry: ${entry.check} ${entry.file} (no such finding any more: remove it)\n`);
  for (const error of parseErrors) process.stdout.write(`  PARSE ERROR ${error.file}: ${error.message}\n`);
}
const failed = unexplained.length + stale.length + parseErrors.length;
process.stdout.write(failed === 0 ? 'Electronegativity: no unexplained findings.\n' : `Electronegativity: ${failed} problem(s).\n`);
process.exit(failed === 0 ? 0 : 1);
