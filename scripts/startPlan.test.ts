import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronExecutable,
  failureSentence,
  inspectInstall,
  nativeAttempts,
  nativeDir,
  nativeStamp,
  npxCommand,
  planStart,
  type FileProbe,
  type Target,
} from './startPlan';

const target: Target = { electronVersion: '41.7.1', platform: 'linux', arch: 'x64' };
const paths = { electronDir: '/p/node_modules/electron', root: '/p' };

function probe(files: Record<string, string>): FileProbe {
  return { exists: (path) => path in files, read: (path) => files[path] ?? null };
}

const electronFiles = {
  [join(paths.electronDir, 'dist', 'version')]: 'v41.7.1',
  [join(paths.electronDir, 'path.txt')]: 'electron',
  [join(paths.electronDir, 'dist', 'electron')]: '',
};
const nativeFiles = { [join('/p', nativeDir, 'better_sqlite3.node')]: '' };

describe('planStart', () => {
  it.each([
    [{ electronInstalled: false, nativeBuilt: false }, true, ['electron', 'native', 'build', 'launch']],
    [{ electronInstalled: true, nativeBuilt: false }, true, ['native', 'build', 'launch']],
    [{ electronInstalled: false, nativeBuilt: true }, true, ['electron', 'build', 'launch']],
    [{ electronInstalled: true, nativeBuilt: true }, true, ['build', 'launch']],
    [{ electronInstalled: true, nativeBuilt: true }, false, ['build']],
    [{ electronInstalled: false, nativeBuilt: false }, false, ['electron', 'native', 'build']],
  ])('%j, launch %s -> %j', (state, launch, steps) => {
    expect(planStart(state, { launch })).toEqual(steps);
  });
});

describe('inspectInstall', () => {
  it('sees a fresh checkout (Electron’s download skipped, no native build) as missing both', () => {
    expect(inspectInstall(paths, target, probe({}))).toEqual({ electronInstalled: false, nativeBuilt: false });
  });

  it('sees a complete install', () => {
    expect(inspectInstall(paths, target, probe({ ...electronFiles, ...nativeFiles }))).toEqual({ electronInstalled: true, nativeBuilt: true });
  });

  it('wants Electron again when its version or executable does not match', () => {
    const older = { ...electronFiles, [join(paths.electronDir, 'dist', 'version')]: '40.0.0' };
    expect(inspectInstall(paths, target, probe(older)).electronInstalled).toBe(false);
    const noBinary = { ...electronFiles };
    delete noBinary[join(paths.electronDir, 'dist', 'electron')];
    expect(inspectInstall(paths, target, probe(noBinary)).electronInstalled).toBe(false);
    expect(inspectInstall(paths, { ...target, platform: 'win32' }, probe(electronFiles)).electronInstalled).toBe(false);
  });

  it('rebuilds the native module when it was made for another Electron or arch', () => {
    const stamp = join('/p', nativeDir, 'target.json');
    expect(inspectInstall(paths, target, probe({ ...nativeFiles, [stamp]: nativeStamp(target) })).nativeBuilt).toBe(true);
    expect(inspectInstall(paths, target, probe({ ...nativeFiles, [stamp]: nativeStamp({ ...target, electronVersion: '40.1.0' }) })).nativeBuilt).toBe(false);
    expect(inspectInstall(paths, target, probe({ ...nativeFiles, [stamp]: nativeStamp({ ...target, arch: 'arm64' }) })).nativeBuilt).toBe(false);
    expect(inspectInstall(paths, target, probe({ [stamp]: nativeStamp(target) })).nativeBuilt).toBe(false);
  });
});

describe('electronExecutable', () => {
  it('matches electron/install.js', () => {
    expect(electronExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(electronExecutable('win32')).toBe('electron.exe');
    expect(electronExecutable('linux')).toBe('electron');
  });
});

describe('nativeAttempts', () => {
  const tools = { node: '/usr/bin/node', prebuildInstall: '/p/node_modules/prebuild-install/bin.js', npx: { command: 'npx', args: [], cwd: '/tmp/s' } };

  it('tries the prebuilt Electron binary first, then compiling against Electron headers, both in the scratch copy', () => {
    const [prebuilt, compile] = nativeAttempts(target, '/tmp/s/better-sqlite3', tools);
    expect(prebuilt).toEqual({
      command: '/usr/bin/node',
      args: ['/p/node_modules/prebuild-install/bin.js', '--runtime', 'electron', '--target', '41.7.1', '--arch', 'x64', '--platform', 'linux'],
      cwd: '/tmp/s/better-sqlite3',
    });
    expect(compile.cwd).toBe('/tmp/s/better-sqlite3');
    expect(compile.args).toEqual(
      expect.arrayContaining(['--yes', 'rebuild', '--release', '--target=41.7.1', '--arch=x64', '--dist-url=https://electronjs.org/headers']),
    );
  });
});

describe('npxCommand', () => {
  it('runs npm’s own npx-cli.js when started by npm (works on Windows too)', () => {
    expect(npxCommand({ npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' }, '/usr/bin/node', '/x')).toEqual({
      command: '/usr/bin/node',
      args: ['/usr/lib/node_modules/npm/bin/npx-cli.js'],
      cwd: '/x',
    });
    expect(npxCommand({}, '/usr/bin/node', '/x')).toEqual({ command: 'npx', args: [], cwd: '/x' });
  });
});

describe('failureSentence', () => {
  const offline = `RequestError: getaddrinfo ENOTFOUND github.com
    at ClientRequest.<anonymous> (/p/node_modules/got/dist/source/core/index.js:970:111)
    at Object.onceWrapper (node:events:639:26)`;

  it('says Electron could not be downloaded, in one sentence, when offline', () => {
    expect(failureSentence('electron', offline)).toBe(
      'Kupu could not download Electron (no network access to its download server); use `npm run serve` to run Kupu in your browser instead.',
    );
  });

  it.each(['electron', 'native', 'build', 'launch'] as const)('%s: one line, no stack trace', (step) => {
    for (const output of [offline, 'Error: checksum mismatch\n    at verify (x.js:1:1)', '']) {
      const sentence = failureSentence(step, output);
      expect(sentence).not.toContain('\n');
      expect(sentence).not.toMatch(/\bat .*:\d+:\d+/);
      expect(sentence.length).toBeLessThan(260);
      expect(sentence).toMatch(/[.)]$/);
    }
  });

  it('names the first error line when it is not a network problem', () => {
    expect(failureSentence('electron', 'Error: checksum mismatch\n    at verify (x.js:1:1)')).toContain('checksum mismatch');
  });

  it('points at the browser host when the native build cannot be made', () => {
    expect(failureSentence('native', 'prebuild-install warn install getaddrinfo ENOTFOUND github.com')).toMatch(/network.*npm run serve/);
    expect(failureSentence('native', 'gyp ERR! find Python')).toMatch(/compiling it failed.*npm run serve/);
  });
});
