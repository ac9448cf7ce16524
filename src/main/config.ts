import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// Where Kupu keeps its own small state (recent cohorts). KUPU_HOME overrides it, for tests and portable use.

export function kupuHome(): string {
  if (process.env.KUPU_HOME) return resolve(process.env.KUPU_HOME);
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kupu');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kupu');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'kupu');
}

interface AppConfig {
  recent: string[];
}

const configPath = () => join(kupuHome(), 'config.json');

function readConfig(): AppConfig {
  try {
    const parsed: unknown = JSON.parse(readFileSync(configPath(), 'utf8'));
    const recent = (parsed as { recent?: unknown }).recent;
    return { recent: Array.isArray(recent) ? recent.filter((p): p is string => typeof p === 'string') : [] };
  } catch {
    return { recent: [] };
  }
}

function writeConfig(config: AppConfig): void {
  mkdirSync(kupuHome(), { recursive: true });
  const temp = `${configPath()}.tmp`;
  writeFileSync(temp, JSON.stringify(config, null, 2));
  renameSync(temp, configPath());
}

export function recentCohorts(): string[] {
  return readConfig().recent;
}

export function rememberCohort(path: string): void {
  const absolute = resolve(path);
  writeConfig({ recent: [absolute, ...readConfig().recent.filter((p) => p !== absolute)].slice(0, 10) });
}

/** The cohort the app last opened, else a default file in Kupu's home folder. */
export function defaultCohortPath(): string {
  return readConfig().recent[0] ?? join(kupuHome(), 'cohort.kupu.sqlite');
}

export function ensureParentDir(path: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
}
