import type Database from 'better-sqlite3';
import type { ChangeTopic, HistoryEntry } from '../../shared/domain';
import type { Db, WriteDb } from './connection';
import type { SqlRow } from './rows';

// The undo log. Temporary triggers capture every row a change touches (before and after, as JSON)
// while a write runs through `mutate`; the capture becomes one history entry. Undo applies the
// befores in reverse order, redo the afters in order. Because the triggers are generated from the live
// schema each time a cohort opens, a new table or column is recorded without touching this file.
// An insert is captured as its rowid only: an import inserts hundreds of thousands of rows and is
// rarely undone, so its JSON image is taken at undo time instead (the row is then exactly as inserted,
// because every later entry has been undone first) and kept for redo.
// A bulk writer (the import) can go further and report its inserts itself (createInsertRecorder): runs
// of consecutive rowids become one change each, "rows row_id..lastRowId", instead of one per row.

const topicByTable: Record<string, ChangeTopic> = {
  cohort: 'cohort',
  participant: 'participants',
  participant_skill: 'participants',
  preference: 'participants',
  skill: 'skills',
  skill_alias: 'skills',
  proposal: 'proposals',
  pairing: 'pairings',
  rejected_suggestion: 'pairings',
  journal_entry: 'journal',
  import_mapping: 'cohort',
  directory_settings: 'cohort',
  skill_decision: 'skills',
  import_run: 'cohort',
  review_done: 'participants',
};
const recordedTables = Object.keys(topicByTable);
const historyLimit = 1000;

export interface HistoryLabel {
  label: string;
  params?: Record<string, string | number>;
}

export interface Mutation<T> {
  result: T;
  changed: ChangeTopic[];
}

/** A `history` row: the entry the History panel shows, and the topics its undo and redo report. */
type HistoryRow = SqlRow<HistoryEntry> & { topics: string };

interface ChangeRow {
  history_id: number;
  seq: number;
  tbl: string;
  op: 'insert' | 'update' | 'delete';
  row_id: number;
  before: string | null;
  after: string | null;
}

const columnCache = new WeakMap<Db, Map<string, string[]>>();
const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** Undo and redo run the same few statements per table thousands of times: prepare each once. */
function statement(db: Db, sql: string): Database.Statement {
  let bySql = statementCache.get(db);
  if (!bySql) statementCache.set(db, (bySql = new Map()));
  let prepared = bySql.get(sql);
  if (!prepared) bySql.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

function jsonOf(db: Db, table: string, row: string): string {
  return `json_object(${columnsOf(db, table).map((c) => `'${c}', ${row}."${c}"`).join(', ')})`;
}

function columnsOf(db: Db, table: string): string[] {
  let byTable = columnCache.get(db);
  if (!byTable) columnCache.set(db, (byTable = new Map()));
  let columns = byTable.get(table);
  if (!columns) {
    columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all().map((c) => c.name);
    byTable.set(table, columns);
  }
  return columns;
}

/** The trigger recording an insert as its rowid (a bulk writer may drop it for a while: createInsertRecorder). */
function insertTrigger(table: string): string {
  return `CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_insert AFTER INSERT ON main.${table} WHEN (SELECT recording FROM temp.undo_state) BEGIN
        INSERT INTO temp.undo_capture (tbl, op, row_id) VALUES ('${table}', 'insert', NEW.rowid);
      END;`;
}

function dropInsertTriggers(db: Db, tables: readonly string[]): void {
  if (tables.length > 0) db.exec(tables.map((table) => `DROP TRIGGER IF EXISTS temp.undo_${table}_insert;`).join('\n'));
}

function createInsertTriggers(db: Db, tables: readonly string[]): void {
  if (tables.length > 0) db.exec(tables.map(insertTrigger).join('\n'));
}

/** Creates the capture table and triggers for this connection. Call once after opening. */
export function installUndoLog(db: Db): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS undo_capture (
      seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, row_id INTEGER NOT NULL, before TEXT, after TEXT);
    CREATE TEMP TABLE IF NOT EXISTS undo_state (recording INTEGER NOT NULL);
    DELETE FROM temp.undo_state;
    INSERT INTO temp.undo_state VALUES (0);`);
  const existing = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((t) => t.name));
  for (const table of recordedTables.filter((name) => existing.has(name))) {
    const json = (row: 'OLD' | 'NEW') => jsonOf(db, table, row);
    const when = 'WHEN (SELECT recording FROM temp.undo_state)';
    db.exec(`
      ${insertTrigger(table)}
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_update AFTER UPDATE ON main.${table} ${when} BEGIN
        INSERT INTO temp.undo_capture (tbl, op, row_id, before, after) VALUES ('${table}', 'update', OLD.rowid, ${json('OLD')}, ${json('NEW')});
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_delete AFTER DELETE ON main.${table} ${when} BEGIN
        INSERT INTO temp.undo_capture (tbl, op, row_id, before) VALUES ('${table}', 'delete', OLD.rowid, ${json('OLD')});
      END;`);
  }
}

function topicsOf(tables: Iterable<string>): ChangeTopic[] {
  const topics = new Set<ChangeTopic>();
  for (const table of tables) {
    const topic = topicByTable[table];
    if (topic) topics.add(topic);
  }
  return [...topics].sort();
}

/**
 * The one write path: runs `write` in an immediate transaction, records what it changed as an undoable
 * history entry labelled for the coordinator, and reports which topics changed. `write` receives the
 * connection as a `WriteDb`, the type every repo write function requires; nothing else hands one out.
 */
export function mutate<T>(db: Db, label: HistoryLabel, write: (db: WriteDb) => T): Mutation<T> {
  // A write made inside another (accepting a proposal makes a pairing) joins the outer history entry.
  if ((depth.get(db) ?? 0) > 0) return { result: write(db as WriteDb), changed: [] };
  depth.set(db, 1);
  try {
    return record(db, label, write);
  } finally {
    depth.set(db, 0);
    // A failed write rolled back whatever an open recorder changed (its dropped triggers included).
    openRecorder.delete(db);
  }
}

const depth = new WeakMap<Db, number>();

function record<T>(db: Db, label: HistoryLabel, write: (db: WriteDb) => T): Mutation<T> {
  return db.transaction((): Mutation<T> => {
    db.prepare('UPDATE temp.undo_state SET recording = 1').run();
    const result = write(db as WriteDb);
    openRecorder.get(db)?.finish();
    db.prepare('UPDATE temp.undo_state SET recording = 0').run();
    const tables = db.prepare<[], { tbl: string }>('SELECT DISTINCT tbl FROM temp.undo_capture').all().map((r) => r.tbl);
    if (tables.length === 0) return { result, changed: [] };
    const changed = topicsOf(tables);
    db.prepare('DELETE FROM history WHERE undone = 1').run();
    const { lastInsertRowid } = db
      .prepare('INSERT INTO history (label, params, topics, created_at) VALUES (?, ?, ?, ?)')
      .run(label.label, JSON.stringify(label.params ?? {}), JSON.stringify(changed), new Date().toISOString());
    db.prepare(
      'INSERT INTO history_change (history_id, seq, tbl, op, row_id, before, after) SELECT ?, seq, tbl, op, row_id, before, after FROM temp.undo_capture',
    ).run(lastInsertRowid);
    db.prepare('DELETE FROM temp.undo_capture').run();
    db.prepare('DELETE FROM history WHERE id <= ?').run(Number(lastInsertRowid) - historyLimit);
    return { result, changed: [...changed, 'history'] };
  }).immediate();
}

function restoreRow(db: Db, table: string, rowId: number, json: string): void {
  restoreValues(db, table, rowId, JSON.parse(json));
}

function restoreValues(db: Db, table: string, rowId: number, values: Record<string, unknown>): void {
  const columns = columnsOf(db, table).filter((c) => c in values);
  statement(db, `INSERT INTO main.${table} (rowid, ${columns.map((c) => `"${c}"`).join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`)
    .run(rowId, ...columns.map((c) => values[c]));
}

function setRow(db: Db, table: string, rowId: number, json: string): void {
  const values: Record<string, unknown> = JSON.parse(json);
  const columns = columnsOf(db, table).filter((c) => c in values);
  statement(db, `UPDATE main.${table} SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE rowid = ?`)
    .run(...columns.map((c) => values[c]), rowId);
}

function deleteRow(db: Db, table: string, rowId: number): void {
  statement(db, `DELETE FROM main.${table} WHERE rowid = ?`).run(rowId);
}

/** Before undoing an insert: keep the row's image for redo (inserts are captured as rowids only). */
function keepInsertedRow(db: Db, change: ChangeRow): void {
  statement(db, `UPDATE history_change SET after = (SELECT ${jsonOf(db, change.tbl, change.tbl)} FROM main.${change.tbl} WHERE rowid = ?)
    WHERE history_id = ? AND seq = ? AND EXISTS (SELECT 1 FROM main.${change.tbl} WHERE rowid = ?)`)
    .run(change.row_id, change.history_id, change.seq, change.row_id);
}

/** The last rowid of a run of inserts recorded as one change (see createInsertRecorder), or null. */
function lastRowIdOf(change: ChangeRow): number | null {
  if (change.op !== 'insert' || change.before === null) return null;
  const { lastRowId } = JSON.parse(change.before) as { lastRowId?: unknown };
  return typeof lastRowId === 'number' ? lastRowId : null;
}

/** Undo of a run of inserts: keep the rows' images ([rowid, row] pairs) for redo, then delete them. */
function undoInsertedRun(db: Db, change: ChangeRow, last: number): void {
  const { tbl } = change;
  statement(db, `UPDATE history_change SET after = (SELECT json_group_array(json_array(rowid, ${jsonOf(db, tbl, tbl)})) FROM main.${tbl}
    WHERE rowid BETWEEN ? AND ?) WHERE history_id = ? AND seq = ?`).run(change.row_id, last, change.history_id, change.seq);
  statement(db, `DELETE FROM main.${tbl} WHERE rowid BETWEEN ? AND ?`).run(change.row_id, last);
}

/** Redo of a run of inserts; `replay` has dropped the table's insert trigger (see runTablesOf). */
function redoInsertedRun(db: Db, change: ChangeRow): void {
  const rows: Array<[number, Record<string, unknown>]> = JSON.parse(change.after ?? '[]');
  for (const [rowId, values] of rows) restoreValues(db, change.tbl, rowId, values);
}

/**
 * The tables whose runs of inserts a redo restores. Nothing is recorded while replaying, and without
 * its (idle) insert trigger a row needs no statement journal; the triggers are dropped once per redo,
 * not once per run, because each drop or create invalidates every prepared statement.
 */
function runTablesOf(changes: readonly ChangeRow[]): string[] {
  const tables = new Set<string>();
  for (const change of changes) {
    // An unknown table is left for applyChange to reject, before any SQL names it.
    if (recordedTables.includes(change.tbl) && lastRowIdOf(change) !== null) tables.add(change.tbl);
  }
  return [...tables];
}

function applyChange(db: Db, change: ChangeRow, direction: 'undo' | 'redo'): void {
  if (!recordedTables.includes(change.tbl)) throw new Error(`Unknown recorded table ${change.tbl}`);
  const { tbl, row_id: rowId } = change;
  const last = lastRowIdOf(change);
  if (last !== null) {
    if (direction === 'undo') undoInsertedRun(db, change, last);
    else redoInsertedRun(db, change);
    return;
  }
  if (direction === 'undo') {
    if (change.op === 'insert') {
      keepInsertedRow(db, change);
      deleteRow(db, tbl, rowId);
    } else if (change.op === 'update') setRow(db, tbl, rowId, change.before ?? '{}');
    else restoreRow(db, tbl, rowId, change.before ?? '{}');
  } else {
    if (change.op === 'insert') restoreRow(db, tbl, rowId, change.after ?? '{}');
    else if (change.op === 'update') setRow(db, tbl, rowId, change.after ?? '{}');
    else deleteRow(db, tbl, rowId);
  }
}

function toEntry(row: HistoryRow): HistoryEntry {
  return { id: row.id, label: row.label, params: JSON.parse(row.params), createdAt: row.created_at, undone: row.undone === 1 };
}

function replay(db: Db, direction: 'undo' | 'redo'): Mutation<HistoryEntry | null> {
  return db.transaction((): Mutation<HistoryEntry | null> => {
    const row = db
      .prepare<[], HistoryRow>(
        direction === 'undo'
          ? 'SELECT * FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1'
          : 'SELECT * FROM history WHERE undone = 1 ORDER BY id ASC LIMIT 1',
      )
      .get();
    if (!row) return { result: null, changed: [] };
    // Cascades and reversed order can pass through states a foreign key forbids; check at commit.
    db.pragma('defer_foreign_keys = ON');
    const changes = db
      .prepare<[number], ChangeRow>(
        `SELECT history_id, seq, tbl, op, row_id, before, after FROM history_change WHERE history_id = ? ORDER BY seq ${direction === 'undo' ? 'DESC' : 'ASC'}`,
      )
      .all(row.id);
    const runTables = direction === 'redo' ? runTablesOf(changes) : [];
    dropInsertTriggers(db, runTables);
    for (const change of changes) applyChange(db, change, direction);
    createInsertTriggers(db, runTables);
    db.prepare('UPDATE history SET undone = ? WHERE id = ?').run(direction === 'undo' ? 1 : 0, row.id);
    return { result: toEntry({ ...row, undone: direction === 'undo' ? 1 : 0 }), changed: [...JSON.parse(row.topics), 'history'] };
  }).immediate();
}

export const undo = (db: Db) => replay(db, 'undo');
export const redo = (db: Db) => replay(db, 'redo');

export function listHistory(db: Db, limit = 100): HistoryEntry[] {
  return db.prepare<[number], HistoryRow>('SELECT * FROM history ORDER BY id DESC LIMIT ?').all(limit).map(toEntry);
}

export function undoState(db: Db): { canUndo: boolean; canRedo: boolean } {
  const row = db
    .prepare<[], { undoable: number; redoable: number }>(
      'SELECT EXISTS (SELECT 1 FROM history WHERE undone = 0) AS undoable, EXISTS (SELECT 1 FROM history WHERE undone = 1) AS redoable',
    )
    .get();
  return { canUndo: row?.undoable === 1, canRedo: row?.redoable === 1 };
}

export interface InsertRecorder {
  /** A row this writer just inserted into one of its tables (the rowid from the statement's result). */
  inserted(table: string, rowId: number): void;
  /** Journals the inserts reported so far; call before this writer updates or deletes anything. */
  flush(): void;
  /** Flushes and hands insert capture back to the triggers (done at the latest when the write returns). */
  finish(): void;
}

const idleRecorder: InsertRecorder = { inserted() {}, flush() {}, finish() {} };
const openRecorder = new WeakMap<Db, InsertRecorder>();

/** Rows per recorded run: keeps each run's image (taken at undo time, one JSON value) well below SQLite's and V8's string limits. */
export const maxRunRows = 2000;

/**
 * Inside `mutate`, lets a bulk writer record its own inserts into `tables`: their insert triggers are
 * dropped until `finish` (even a trigger that does nothing costs a fifth of a plain insert, and makes
 * every insert keep a statement journal), and each table's run of consecutive rowids is recorded as
 * one change. Until then only this writer may insert into those tables. `tables` lists parents before
 * children: runs are recorded in that order, so undo deletes children before their parents (a
 * cascade would otherwise take the children's images with it). Updates and deletes are still captured
 * by the triggers; `flush` before making any keeps the order exact. Outside `mutate` (nothing is
 * recorded) it does nothing.
 */
export function createInsertRecorder(db: WriteDb, tables: readonly string[]): InsertRecorder {
  if ((depth.get(db) ?? 0) === 0) return idleRecorder;
  if (openRecorder.has(db)) throw new Error('Only one bulk writer at a time may record its own inserts.');
  for (const table of tables) if (!recordedTables.includes(table)) throw new Error(`Unknown recorded table ${table}`);
  const capture = statement(db, "INSERT INTO temp.undo_capture (tbl, op, row_id, before) VALUES (?, 'insert', ?, ?)");
  dropInsertTriggers(db, tables);
  // The open run [first, last] of each table, in the order of `tables`.
  const runs: Array<{ first: number; last: number } | null> = tables.map(() => null);
  const flush = () => {
    runs.forEach((run, i) => {
      if (run) capture.run(tables[i], run.first, JSON.stringify({ lastRowId: run.last }));
      runs[i] = null;
    });
  };
  const recorder: InsertRecorder = {
    inserted(table, rowId) {
      const i = tables.indexOf(table);
      if (i < 0) throw new Error(`This writer does not journal inserts into ${table}`);
      const run = runs[i];
      if (run && rowId === run.last + 1 && rowId - run.first < maxRunRows) {
        run.last = rowId;
        return;
      }
      // Every open run ends here, so no run of a child table can be recorded before its parents' run.
      if (run) flush();
      runs[i] = { first: rowId, last: rowId };
    },
    flush,
    finish() {
      if (openRecorder.get(db) !== recorder) return;
      flush();
      createInsertTriggers(db, tables);
      openRecorder.delete(db);
    },
  };
  openRecorder.set(db, recorder);
  return recorder;
}
