import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from './api';
import { createCohortPlaces, type CohortPlaces } from './cohortPlaces';
import { dispatch, toApiError } from './dispatch';
import { openSession, type Session } from './session';

// Where the page (over HTTP or IPC) may make a new cohort file: in Kupu's own folder (a bare name lands
// there), or at a path the coordinator chose in the desktop app's file dialog. Anywhere else is refused
// and nothing is created, not even a folder. Opening never creates a file.

const root = mkdtempSync(join(tmpdir(), 'kupu-places-'));
const home = join(root, 'home');
const elsewhere = join(root, 'elsewhere');
const previousHome = process.env.KUPU_HOME;
let session: Session;
let places: CohortPlaces;
let handlers: ReturnType<typeof createHandlers>;

beforeAll(() => {
  process.env.KUPU_HOME = home;
  mkdirSync(elsewhere);
  session = openSession(join(root, 'first.kupu.sqlite'));
});
beforeEach(() => {
  places = createCohortPlaces();
  handlers = createHandlers(session, { cohortPlaces: places });
});
afterAll(() => {
  session.close();
  process.env.KUPU_HOME = previousHome;
  rmSync(root, { recursive: true, force: true });
});

const call = (method: 'cohortCreate' | 'cohortOpen', path: string) =>
  dispatch(handlers, method, method === 'cohortCreate' ? { name: 'Batch', path } : { path }).then(
    () => null,
    (error: unknown) => toApiError(error),
  );

const create = (params: { name: string; path?: string }) =>
  dispatch(handlers, 'cohortCreate', params).then(
    () => null,
    (error: unknown) => toApiError(error),
  );

describe('cohortCreate', () => {
  it("names the file after the cohort, in Kupu's folder, numbering past files already there", async () => {
    expect(await create({ name: 'Angkatan 2026/2027' })).toBeNull();
    expect(session.path).toBe(join(home, 'Angkatan 2026 2027.kupu.sqlite'));
    expect(session.db.prepare('SELECT name FROM cohort').get()).toEqual({ name: 'Angkatan 2026/2027' });
    expect(await create({ name: '  Angkatan 2026/2027 ' })).toBeNull();
    expect(session.path).toBe(join(home, 'Angkatan 2026 2027 (2).kupu.sqlite'));
    expect(await create({ name: 'Angkatan 2026\\2027' })).toBeNull();
    expect(session.path).toBe(join(home, 'Angkatan 2026 2027 (3).kupu.sqlite'));
  });

  it.each(['../../escape', '..', 'CON', '/etc/passwd', 'C:\\Windows\\x'])('keeps a name like %j inside Kupu\'s folder', async (name) => {
    expect(await create({ name })).toBeNull();
    expect(session.path.startsWith(join(home, ''))).toBe(true);
    expect(session.path.slice(home.length + 1)).not.toMatch(/[\\/]/);
  });

  it("has no other place to offer where there is no save dialog (the browser host): only Kupu's folder", async () => {
    const refused = await dispatch(handlers, 'cohortChoosePlace', { name: 'Batch 9' }).catch((error: unknown) => toApiError(error));
    expect(refused).toMatchObject({ key: 'store.chooseInApp', params: { folder: home } });
  });

  it('refuses a name of only spaces', async () => {
    expect(await create({ name: '   ' })).toMatchObject({ code: 'invalid_params' });
  });

  it('makes a bare name a cohort file in Kupu\'s folder', async () => {
    expect(await call('cohortCreate', 'Batch 7')).toBeNull();
    expect(session.path).toBe(join(home, 'Batch 7.kupu.sqlite'));
    expect(existsSync(join(home, 'Batch 7.kupu.sqlite'))).toBe(true);
  });

  it("creates at a full path inside Kupu's folder, subfolders included", async () => {
    expect(await call('cohortCreate', join(home, '2026', 'batch-8.kupu.sqlite'))).toBeNull();
    expect(session.path).toBe(join(home, '2026', 'batch-8.kupu.sqlite'));
  });

  it.each([
    ['a folder nobody chose', () => join(elsewhere, 'x.kupu.sqlite')],
    ['a new folder elsewhere', () => join(elsewhere, 'new', 'deeper', 'x.kupu.sqlite')],
    ['a way out of Kupu\'s folder', () => join(home, '..', 'elsewhere', 'x.kupu.sqlite')],
    ['a relative way out', () => '../x'],
    ['a link inside Kupu\'s folder to elsewhere', () => {
      symlinkSync(elsewhere, join(home, 'link'));
      return join(home, 'link', 'x.kupu.sqlite');
    }],
  ])('refuses %s and creates nothing', async (_kind, target) => {
    const path = target();
    const before = readdirSync(elsewhere, { recursive: true });
    const refused = await call('cohortCreate', path);
    expect(refused).toMatchObject({ key: 'store.createOutside', params: { folder: home } });
    expect(readdirSync(elsewhere, { recursive: true })).toEqual(before);
    expect(session.path).not.toBe(path);
  });

  it('creates where the coordinator chose in a dialog', async () => {
    const chosen = join(elsewhere, 'chosen.kupu.sqlite');
    places.choose(chosen);
    expect(await call('cohortCreate', chosen)).toBeNull();
    expect(session.path).toBe(chosen);
  });

  it('refuses a file that already exists: that is opening, not creating', async () => {
    writeFileSync(join(home, 'taken.kupu.sqlite'), '');
    expect(await call('cohortCreate', 'taken')).toMatchObject({ code: 'conflict', key: 'store.cohortExists' });
  });
});

describe('cohortOpen', () => {
  it('opens an existing cohort anywhere, but never creates one', async () => {
    const missing = join(elsewhere, 'missing.kupu.sqlite');
    expect(await call('cohortOpen', missing)).toMatchObject({ code: 'not_found', key: 'store.noSuchCohort' });
    expect(existsSync(missing)).toBe(false);
    expect(await call('cohortOpen', join(root, 'first.kupu.sqlite'))).toBeNull();
  });

  it('does not make a cohort of an empty file nobody chose: that is creating, not opening', async () => {
    const empty = join(elsewhere, 'empty.kupu.sqlite');
    writeFileSync(empty, '');
    expect(await call('cohortOpen', empty)).toMatchObject({ key: 'store.createOutside', params: { folder: home } });
    expect(statSync(empty).size).toBe(0);
    expect(readdirSync(elsewhere).filter((name) => name.startsWith('empty'))).toEqual(['empty.kupu.sqlite']);
    expect(session.path).not.toBe(empty);
  });

  it("makes a cohort of an empty file in Kupu's folder, or one the coordinator chose in a dialog", async () => {
    const inHome = join(home, 'empty.kupu.sqlite');
    writeFileSync(inHome, '');
    expect(await call('cohortOpen', inHome)).toBeNull();
    expect(session.path).toBe(inHome);
    const chosen = join(elsewhere, 'chosen-empty.kupu.sqlite');
    writeFileSync(chosen, '');
    places.choose(chosen);
    expect(await call('cohortOpen', chosen)).toBeNull();
    expect(session.path).toBe(chosen);
  });
});
