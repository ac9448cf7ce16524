#!/usr/bin/env node
// `npm start`: makes the desktop app whole on a fresh laptop, then runs it.
//   1. Electron's binary, when missing (package.json's allowScripts denies its install script on purpose)
//   2. better-sqlite3 built for Electron's ABI, into build/native/electron/ (node_modules keeps its Node build)
//   3. electron-vite build
//   4. electron .
// A failed step prints one sentence (set KUPU_DEBUG=1 to see the tools' own output) and exits non-zero.
// `node scripts/start.mjs --prepare` stops before launching (for packaging).
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const plan = await tsImport('./startPlan.ts', import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const debug = Boolean(process.env.KUPU_DEBUG);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

const electronDir = packageDir('electron');
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const target = { electronVersion, platform: process.platform, arch: process.arch };
const probe = {
  exists: existsSync,
  read: (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
};

/** Runs a command; resolves to { code, output } (output captured unless debugging). */
function run({ command, args, cwd }, { env = process.env, inherit = false } = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: inherit || debug ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function fail(step, output) {
  console.error(plan.failureSentence(step, output));
  process.exit(1);
}

async function installElectron() {
  console.log(`Kupu: downloading Electron ${electronVersion} (first start only)…`);
  // The install script skips itself when this is set (CI does): here we do want the download.
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const { code, output } = await run({ command: process.execPath, args: [join(electronDir, 'install.js')], cwd: root }, { env });
  if (code !== 0 || !plan.inspectInstall({ electronDir, root }, target, probe).electronInstalled) fail('electron', output);
}

async function buildNative() {
  console.log(`Kupu: preparing the database engine for Electron ${electronVersion} (first start only)…`);
  const scratch = mkdtempSync(join(tmpdir(), 'kupu-native-'));
  const moduleDir = join(scratch, 'better-sqlite3');
  const source = packageDir('better-sqlite3');
  let output = '';
  try {
    // A scratch copy without its build/: whatever is built there cannot touch the Node build.
    cpSync(source, moduleDir, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
    const tools = {
      node: process.execPath,
      prebuildInstall: createRequire(join(source, 'package.json')).resolve('prebuild-install/bin.js'),
      npx: plan.npxCommand(process.env, process.execPath, moduleDir),
    };
    for (const attempt of plan.nativeAttempts(target, moduleDir, tools)) {
      const result = await run(attempt);
      output += result.output;
      const built = join(moduleDir, 'build', 'Release', plan.nativeFile);
      if (result.code === 0 && existsSync(built)) {
        mkdirSync(join(root, plan.nativeDir), { recursive: true });
        copyFileSync(built, join(root, plan.nativeDir, plan.nativeFile));
        writeFileSync(join(root, plan.nativeDir, plan.nativeStampFile), plan.nativeStamp(target));
        return;
      }
    }
  } catch (error) {
    output += `\n${error instanceof Error ? error.message : String(error)}`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  fail('native', output);
}

async function build() {
  console.log('Kupu: building the desktop app…');
  const bin = join(packageDir('electron-vite'), 'bin', 'electron-vite.js');
  const { code, output } = await run({ command: process.execPath, args: [bin, 'build'], cwd: root });
  if (code !== 0) fail('build', output);
}

async function launch() {
  // ELECTRON_RUN_AS_NODE (set by some tools) would make Electron a plain Node and not open the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const { code } = await run({ command: process.execPath, args: [join(electronDir, 'cli.js'), '.'], cwd: root }, { env, inherit: true });
  process.exit(code);
}

const state = plan.inspectInstall({ electronDir, root }, target, probe);
const steps = { electron: installElectron, native: buildNative, build, launch };
for (const step of plan.planStart(state, { launch: !process.argv.includes('--prepare') })) await steps[step]();
