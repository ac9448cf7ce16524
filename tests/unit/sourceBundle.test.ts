import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceBundle } from '../../bin/sourceBundle.mjs';
import { scratchDir } from '../support/cli';

// `kupu` runs from a bundle of its source, made on first use and remade when a source file changes.

const { dir, remove } = scratchDir('kupu-source-bundle-');
afterAll(remove);
const src = join(dir, 'src');
const cache = join(dir, 'cache');
mkdirSync(src);
const entry = join(src, 'main.ts');

const write = (name: string, text: string, secondsAgo = 0): void => {
  writeFileSync(join(src, name), text);
  if (secondsAgo > 0) utimesSync(join(src, name), new Date(Date.now() - secondsAgo * 1000), new Date(Date.now() - secondsAgo * 1000));
};
const builds = (): string[] => readdirSync(cache).filter((name) => name.startsWith('build-'));

describe('the source bundle', () => {
  write('main.ts', `import { word } from './word';
export const said: string = word;
export const where = import.meta.url;
export const later = () => import('./later');
`, 60);
  write('word.ts', `export const word: string = 'first';\n`, 60);
  write('later.ts', `(globalThis as { laterLoaded?: boolean }).laterLoaded = true;\nexport const late = 1;\n`, 60);

  it('is made on first use; its modules keep their own import.meta.url; a dynamic import stays lazy', async () => {
    const url = await sourceBundle(entry, cache);
    expect(url).not.toBeNull();
    const bundled = await import(url!);
    expect(bundled.said).toBe('first');
    expect(bundled.where).toBe(pathToFileURL(entry).href);
    expect((globalThis as { laterLoaded?: boolean }).laterLoaded).toBeUndefined();
    expect((await bundled.later()).late).toBe(1);
    expect((globalThis as { laterLoaded?: boolean }).laterLoaded).toBe(true);
  });

  it('is reused while no source file changes', async () => {
    const [first] = builds();
    expect(await sourceBundle(entry, cache)).toBe(pathToFileURL(join(cache, first, 'main.js')).href);
    expect(builds()).toEqual([first]);
  });

  it('is remade when a file it was made from changes', async () => {
    write('word.ts', `export const word: string = 'second';\n`, 30);
    const url = await sourceBundle(entry, cache);
    expect(builds()).toHaveLength(2);
    expect((await import(url!)).said).toBe('second');
  });

  it('is not made from a source that does not compile: the caller runs the source itself', async () => {
    write('word.ts', `export const word: string = ;\n`, 10);
    expect(await sourceBundle(entry, cache)).toBeNull();
    expect(existsSync(join(cache, 'current.json'))).toBe(true);
  });
});
