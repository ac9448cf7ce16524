import type { JournalCell, JournalUnit } from '../../shared/contract/journals';
import type { Db, WriteDb } from './connection';
import type { SqlRow } from './rows';

// The weekly journal's ticks: one row per unit (pair or group) and week whose journal is in.

export type JournalEntry = JournalCell & Pick<JournalUnit, 'mentorId'>;

type JournalEntryRow = SqlRow<JournalEntry> & { id: number };

function toEntry(row: JournalEntryRow): JournalEntry {
  return { unit: row.unit, mentorId: row.mentor_id, week: row.week, link: row.link, recordedAt: row.recorded_at };
}

export function listJournalEntries(db: Db): JournalEntry[] {
  return db.prepare<[], JournalEntryRow>('SELECT * FROM journal_entry ORDER BY unit, week').all().map(toEntry);
}

export function findJournalEntry(db: Db, unit: string, week: number): JournalEntry | null {
  const row = db.prepare<[string, number], JournalEntryRow>('SELECT * FROM journal_entry WHERE unit = ? AND week = ?').get(unit, week);
  return row ? toEntry(row) : null;
}

export function insertJournalEntry(db: WriteDb, entry: JournalEntry): void {
  db.prepare('INSERT INTO journal_entry (mentor_id, unit, week, link, recorded_at) VALUES (?, ?, ?, ?, ?)').run(
    entry.mentorId, entry.unit, entry.week, entry.link, entry.recordedAt,
  );
}

export function setJournalLink(db: WriteDb, unit: string, week: number, link: string): boolean {
  return db.prepare('UPDATE journal_entry SET link = ? WHERE unit = ? AND week = ? AND link <> ?').run(link, unit, week, link).changes > 0;
}

export function deleteJournalEntry(db: WriteDb, unit: string, week: number): boolean {
  return db.prepare('DELETE FROM journal_entry WHERE unit = ? AND week = ?').run(unit, week).changes > 0;
}
