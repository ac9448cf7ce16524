import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root, where `bin/kupu.mjs` and the fixtures live. */
export const repoRoot = join(import.meta.dirname, '..', '..');

/** Runs the real `kupu` command in a process of its own, with Kupu's home inside `dir`, in an English locale. */
export function runKupu(dir: string, ...args: string[]) {
  return runKupuIn(dir, 'C.UTF-8', ...args);
}

/** Runs `kupu` as `runKupu` does, in the given locale (LANG), e.g. "id_ID.UTF-8". */
export function runKupuIn(dir: string, locale: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'kupu.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    // `kupu match --json` on a large cohort prints tens of megabytes (spawnSync's default keeps one).
    maxBuffer: 1 << 28,
    env: { ...process.env, LANG: locale, LC_ALL: '', LC_MESSAGES: '', KUPU_HOME: join(dir, 'home') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder for one test file, and its removal. */
export function scratchDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
