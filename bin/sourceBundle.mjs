// The command line's TypeScript source as one bundle, made by esbuild on first use and kept until a
// source file changes. Loading the ~230 modules one by one through tsx's loader takes ~0.7 s before a
// command starts; the bundle loads in ~0.2 s. No build step: the first run (and the first after an
// edit) bundles in ~0.3 s, into node_modules/.cache, where tools keep such things.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bumped when the bundle's options change, so an older cache is not used. */
const format = 1;

/** Other processes may still load chunks from an older build for a while: it goes after an hour. */
const keepOldBuildsMs = 60 * 60 * 1000;

/**
 * The modules keep their own import.meta: the match and import workers, and `kupu serve`'s page
 * folder, are found beside the source file that asks, as when the module is loaded through tsx.
 */
const sourceImportMeta = {
  name: 'source-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.')) return { contents: source, loader: 'ts' };
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(path)))
        .replaceAll('import.meta.filename', JSON.stringify(path));
      return { contents, loader: 'ts' };
    });
  },
};

const stamp = (file) => {
  const s = statSync(file, { throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeMs}` : null;
};

/** esbuild's version, read from its package file: loading esbuild itself is only worth it to build. */
function esbuildVersion() {
  try {
    return JSON.parse(readFileSync(createRequire(import.meta.url).resolve('esbuild/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** The bundle the manifest names, if every file it was made from is as it was then. */
function currentBuild(manifestFile, entry, version) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return null;
  }
  if (manifest.format !== format || manifest.esbuild !== version || manifest.entry !== entry) return null;
  for (const [file, was] of manifest.inputs) if (stamp(file) !== was) return null;
  return stamp(manifest.output) === null ? null : manifest.output;
}

function removeOldBuilds(cacheDir, keep) {
  for (const name of readdirSync(cacheDir)) {
    const dir = join(cacheDir, name);
    if (!name.startsWith('build-') || dir === keep) continue;
    try {
      if (Date.now() - statSync(dir).mtimeMs > keepOldBuildsMs) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

/**
 * The file URL of `entry` bundled (ESM, packages left to node_modules, dynamic imports as chunks of
 * their own), rebuilt when any file it was made from has changed. Null when it cannot be made (no
 * esbuild, a read-only cache, a source that does not compile): the caller loads the source instead.
 */
export async function sourceBundle(entry, cacheDir) {
  entry = resolve(entry);
  const version = esbuildVersion();
  if (version === null) return null;
  const manifestFile = join(cacheDir, 'current.json');
  const built = currentBuild(manifestFile, entry, version);
  if (built) return pathToFileURL(built).href;
  try {
    const esbuild = await import('esbuild');
    mkdirSync(cacheDir, { recursive: true });
    const started = Date.now();
    const outdir = join(cacheDir, `build-${started}-${process.pid}`);
    const result = await esbuild.build({
      entryPoints: [entry], absWorkingDir: dirname(entry), outdir, entryNames: '[name]', chunkNames: 'chunk-[hash]',
      bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external',
      metafile: true, logLevel: 'silent', plugins: [sourceImportMeta],
    });
    const output = join(outdir, basename(entry).replace(/\.ts$/, '.js'));
    const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(dirname(entry), input));
    // A file saved while bundling may or may not be in this bundle: use it this once, keep no record.
    if (inputs.some((file) => statSync(file).mtimeMs >= started)) return pathToFileURL(output).href;
    // Written aside and renamed: a process starting meanwhile reads the old manifest or the new, whole.
    const next = `${manifestFile}.${process.pid}`;
    writeFileSync(next, JSON.stringify({ format, esbuild: version, entry, output, inputs: inputs.map((file) => [file, stamp(file)]) }));
    renameSync(next, manifestFile);
    removeOldBuilds(cacheDir, outdir);
    return pathToFileURL(output).href;
  } catch {
    return null;
  }
}
