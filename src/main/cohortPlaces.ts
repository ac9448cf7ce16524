import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { kupuHome } from './config';
import { cohortFileStem, numberedStem } from './core/cohortFileName';
import { StoreError } from './store/errors';

// Where the page may make a new cohort file. A request from the page (over HTTP in the browser host,
// over IPC in the desktop app) is not the coordinator choosing a place: it may create only in Kupu's
// own folder (a bare name lands there), or at the path the coordinator picked in the desktop app's file
// dialog. Checked on real paths, so a link inside Kupu's folder does not lead out of it.

export const cohortExtension = '.kupu.sqlite';

/** A name typed without an extension gets `.kupu.sqlite`; any `.sqlite` name is kept as typed. */
export function withCohortExtension(path: string): string {
  return /\.sqlite$/i.test(path) ? path : `${path}${cohortExtension}`;
}

export interface CohortPlaces {
  /** The absolute path for a new cohort at `requested`, or a StoreError if the page may not create there. */
  newCohortPath(requested: string): string;
  /** A new file in Kupu's folder named after the cohort, numbered past any file of that name already there. */
  pathForName(name: string): string;
  /** The coordinator chose this file in a dialog: the page may create it. */
  choose(path: string): void;
}

const isBareName = (name: string) => !/[\\/]/.test(name) && name !== '.' && name !== '..';

/** The real path of `path`'s nearest existing ancestor, followed by the rest as written. */
function realPathOfNew(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, path));
}

function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest !== '' && !rest.startsWith('..') && !isAbsolute(rest);
}

/** `home`: Kupu's folder (default kupuHome()). */
export function createCohortPlaces(home = kupuHome()): CohortPlaces {
  const chosen = new Set<string>();
  return {
    newCohortPath(requested) {
      const path = isBareName(requested) ? join(home, withCohortExtension(requested)) : resolve(requested);
      if (chosen.has(path)) return path;
      if (isInside(realPathOfNew(path), realPathOfNew(home))) return path;
      throw new StoreError('invalid', 'store.createOutside', { folder: home });
    },
    pathForName(name) {
      const stem = cohortFileStem(name);
      for (let attempt = 1; ; attempt++) {
        const path = join(home, `${numberedStem(stem, attempt)}${cohortExtension}`);
        if (!existsSync(path)) return path;
      }
    },
    choose(path) {
      chosen.add(resolve(path));
    },
  };
}
