import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../api';
import { openSession } from '../session';
import { createCohortPlaces, withCohortExtension } from '../cohortPlaces';
import { dispatch, toApiError } from '../dispatch';
import { cohortFilters, createPlaceChooser, openCohortFlow, type CohortFlowContext } from './cohortDialogs';
import { catalogs } from './labels';

const electron = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn() },
}));
vi.mock('electron', () => ({ dialog: electron.dialog }));

const dir = mkdtempSync(join(tmpdir(), 'kupu-dialogs-'));
process.env.KUPU_HOME = join(dir, 'home');
const session = openSession(join(dir, 'first.kupu.sqlite'));
afterAll(() => session.close());

function context() {
  const places = createCohortPlaces();
  return {
    window: null,
    labels: catalogs.en,
    language: 'en' as const,
    handlers: createHandlers(session, { cohortPlaces: places }),
    places,
    folder: dir,
    changed: vi.fn<() => void>(),
  } satisfies CohortFlowContext;
}

beforeEach(() => vi.clearAllMocks());

describe('withCohortExtension', () => {
  it.each([
    ['/x/Batch 7', '/x/Batch 7.kupu.sqlite'],
    ['/x/batch7.kupu.sqlite', '/x/batch7.kupu.sqlite'],
    ['/x/old.sqlite', '/x/old.sqlite'],
    ['/x/OLD.SQLITE', '/x/OLD.SQLITE'],
    ['/x/notes.txt', '/x/notes.txt.kupu.sqlite'],
  ])('%s -> %s', (input, output) => expect(withCohortExtension(input)).toBe(output));

  it('filters offer *.kupu.sqlite and *.sqlite', () => {
    expect(cohortFilters(catalogs.id).map((filter) => filter.extensions)).toEqual([['kupu.sqlite'], ['sqlite']]);
  });
});

describe("New cohort's Choose another place…", () => {
  function chooser() {
    const ctx = context();
    return { ...ctx, choose: createPlaceChooser({ window: () => null, labels: catalogs.en, places: ctx.places, folder: dir }) };
  }

  it('offers the file name made from the cohort name, and lets the page create the chosen file', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'elsewhere', 'Batch 7') });
    const { choose, places } = chooser();
    const handlers = createHandlers(session, { cohortPlaces: places, chooseCohortPlace: choose });
    const chosen = await dispatch(handlers, 'cohortChoosePlace', { name: 'Batch 7 / Angkatan 2026' });
    expect(electron.dialog.showSaveDialog.mock.calls[0][0]).toMatchObject({ defaultPath: join(dir, 'Batch 7 Angkatan 2026.kupu.sqlite') });
    expect(chosen).toEqual({ path: join(dir, 'elsewhere', 'Batch 7.kupu.sqlite') });
    await dispatch(handlers, 'cohortCreate', { name: 'Batch 7 / Angkatan 2026', path: join(dir, 'elsewhere', 'Batch 7.kupu.sqlite') });
    expect(session.path).toBe(join(dir, 'elsewhere', 'Batch 7.kupu.sqlite'));
  });

  it('answers null when cancelled, and the place stays closed to the page', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const { choose, places } = chooser();
    await expect(choose('Batch 8')).resolves.toBeNull();
    expect(() => places.newCohortPath(join(dir, 'elsewhere', 'Batch 8.kupu.sqlite'))).toThrow(/only in its own folder/);
  });

  it('refuses to reuse an existing file and says so', async () => {
    const existing = join(dir, 'taken.kupu.sqlite');
    writeFileSync(existing, '');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: existing });
    const { choose, places } = chooser();
    const handlers = createHandlers(session, { cohortPlaces: places, chooseCohortPlace: choose });
    const refused = await dispatch(handlers, 'cohortChoosePlace', { name: 'taken' }).catch((error: unknown) => toApiError(error));
    expect(refused).toMatchObject({ code: 'conflict', key: 'store.cohortExists', params: { file: existing } });
  });
});

describe('Open cohort…', () => {
  it("says in the coordinator's language that another program's database is not a cohort, and leaves it as it was", async () => {
    const foreign = join(dir, 'other.sqlite');
    const db = new Database(foreign);
    db.exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('keep me')");
    db.close();
    const before = readFileSync(foreign);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [foreign] });
    const ctx = { ...context(), labels: catalogs.id, language: 'id' as const };
    await expect(openCohortFlow(ctx)).resolves.toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(catalogs.id.cohortFailed, expect.stringMatching(/^.*other\.sqlite bukan kohort Kupu: .* Kupu tidak mengubahnya\./));
    expect(readFileSync(foreign).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith('other.sqlite'))).toEqual(['other.sqlite']);
  });

  it('opens the chosen file through cohortOpen', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(dir, 'first.kupu.sqlite')] });
    const ctx = context();
    await expect(openCohortFlow(ctx)).resolves.toBe(true);
    expect(session.path).toBe(join(dir, 'first.kupu.sqlite'));
    expect(ctx.changed).toHaveBeenCalledOnce();
  });

  it('makes a cohort of an empty file the coordinator chose (the page alone may not)', async () => {
    const empty = join(dir, 'empty.kupu.sqlite');
    writeFileSync(empty, '');
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [empty] });
    const ctx = context();
    await expect(openCohortFlow(ctx)).resolves.toBe(true);
    expect(session.path).toBe(empty);
    expect(statSync(empty).size).toBeGreaterThan(0);
  });

  it('shows the error when the file is not a cohort, and keeps the open one', async () => {
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database'.repeat(100));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [junk] });
    const before = session.path;
    const ctx = context();
    await expect(openCohortFlow(ctx)).resolves.toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(catalogs.en.cohortFailed, `${junk} is not a Kupu cohort (it is not a database at all). Kupu left it unchanged. Open a .kupu.sqlite file, or create a new cohort.`);
    expect(session.path).toBe(before);
    expect(ctx.changed).not.toHaveBeenCalled();
  });
});
