import { join } from 'node:path';

// `npm start` on a fresh laptop: what is missing, what to run about it, and the one sentence to
// print when a step fails. Pure (no I/O) so it is unit-tested; scripts/start.mjs runs the plan.

export type StepId = 'electron' | 'native' | 'build' | 'launch';

export interface InstallState {
  /** Electron's binary is downloaded (node_modules/electron/dist + path.txt, right version). */
  electronInstalled: boolean;
  /** build/native/electron/better_sqlite3.node exists for this Electron version/platform/arch. */
  nativeBuilt: boolean;
}

export interface Target {
  electronVersion: string;
  platform: NodeJS.Platform;
  arch: string;
}

export const fallbackHint = 'use `npm run serve` to run Kupu in your browser instead.';
export const nativeDir = join('build', 'native', 'electron');
export const nativeFile = 'better_sqlite3.node';
export const nativeStampFile = 'target.json';

export function planStart(state: InstallState, options: { launch: boolean }): StepId[] {
  return [
    ...(state.electronInstalled ? [] : (['electron'] as const)),
    ...(state.nativeBuilt ? [] : (['native'] as const)),
    'build',
    ...(options.launch ? (['launch'] as const) : []),
  ];
}

/** Where Electron's install script puts the executable inside node_modules/electron/dist. */
export function electronExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export interface FileProbe {
  exists(path: string): boolean;
  /** The file's text, or null when it cannot be read. */
  read(path: string): string | null;
}

/** Mirrors electron/install.js's own "is it installed" test, plus our native build's stamp. */
export function inspectInstall(paths: { electronDir: string; root: string }, target: Target, fs: FileProbe): InstallState {
  const executable = electronExecutable(target.platform);
  const version = fs.read(join(paths.electronDir, 'dist', 'version'))?.trim().replace(/^v/, '');
  const electronInstalled =
    version === target.electronVersion &&
    fs.read(join(paths.electronDir, 'path.txt')) === executable &&
    fs.exists(join(paths.electronDir, 'dist', executable));
  const stamp = fs.read(join(paths.root, nativeDir, nativeStampFile));
  // A hand-placed build without a stamp is trusted; a stamp for another Electron/arch is not.
  const nativeBuilt = fs.exists(join(paths.root, nativeDir, nativeFile)) && (stamp === null || stamp === nativeStamp(target));
  return { electronInstalled, nativeBuilt };
}

export function nativeStamp(target: Target): string {
  return JSON.stringify({ electron: target.electronVersion, platform: target.platform, arch: target.arch });
}

export interface Command {
  command: string;
  args: string[];
  cwd: string;
}

/**
 * Ways to get better-sqlite3 for Electron's ABI, tried in order inside a scratch copy of the package
 * (so node_modules keeps its Node build): the maintainers' prebuilt binary, else compile it against
 * Electron's headers (needs Python and a C++ toolchain).
 */
export function nativeAttempts(target: Target, scratchModuleDir: string, tools: { node: string; prebuildInstall: string; npx: Command }): Command[] {
  return [
    {
      command: tools.node,
      args: [tools.prebuildInstall, '--runtime', 'electron', '--target', target.electronVersion, '--arch', target.arch, '--platform', target.platform],
      cwd: scratchModuleDir,
    },
    {
      command: tools.npx.command,
      args: [
        ...tools.npx.args,
        '--yes',
        'node-gyp@11',
        'rebuild',
        '--release',
        `--target=${target.electronVersion}`,
        `--arch=${target.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      cwd: scratchModuleDir,
    },
  ];
}

/** npx, run in a way that also works on Windows (where spawning npx.cmd directly is refused). */
export function npxCommand(env: Record<string, string | undefined>, node: string, cwd: string): Command {
  const npmCli = env.npm_execpath;
  if (npmCli && /npm-cli\.js$/.test(npmCli)) return { command: node, args: [npmCli.replace(/npm-cli\.js$/, 'npx-cli.js')], cwd };
  return { command: 'npx', args: [], cwd };
}

const networkTrouble =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|network|proxy|certificate|UNABLE_TO_GET_ISSUER|self[- ]signed/i;

/** The single sentence `npm start` prints when `step` failed with this output. */
export function failureSentence(step: StepId, output: string): string {
  const offline = networkTrouble.test(output);
  switch (step) {
    case 'electron':
      return offline
        ? `Kupu could not download Electron (no network access to its download server); ${fallbackHint}`
        : `Kupu could not install Electron (its install script failed${firstLine(output)}); ${fallbackHint}`;
    case 'native':
      return offline
        ? `Kupu could not get the desktop build of its database engine (no network access to download it or Electron's headers); ${fallbackHint}`
        : `Kupu could not build its database engine for Electron (no prebuilt copy fits and compiling it failed; see https://github.com/nodejs/node-gyp#installation); ${fallbackHint}`;
    case 'build':
      return 'Kupu’s desktop app could not be built (`electron-vite build` failed); run `npm run build` to see why.';
    case 'launch':
      return 'Electron stopped with an error while running Kupu.';
  }
}

/** ": <the first meaningful line>", short, or '' — never a stack trace. */
function firstLine(output: string): string {
  const line = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text && !text.startsWith('at '));
  return line ? `: ${line.length > 120 ? `${line.slice(0, 117)}…` : line}` : '';
}
