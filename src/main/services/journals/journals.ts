import type { JournalBehindRow, JournalGrid, JournalImportReport } from '../../../shared/contract/journals';
import type { ChangeTopic, Participant } from '../../../shared/domain';
import { journalWeeks } from '../../../shared/phase';
import { behindUnits, currentWeek, defaultThroughWeek, unitsFromPairings, weekStart, weekSummaries } from '../../core/tracker';
import { detectJournalColumns, matchSubmissions, usableColumns, type JournalColumns, type JournalSubmission } from '../../core/trackerImport';
import { detectDateOrder, parseTimestamp, readTable } from '../../import';
import { fail } from '../../import/errors';
import type { Db } from '../../store/connection';
import { getSettings } from '../../store/cohortRepo';
import { StoreError } from '../../store/errors';
import { mutate } from '../../store/undoLog';
import { deleteJournalEntry, findJournalEntry, insertJournalEntry, listJournalEntries, setJournalLink } from '../../store/journalRepo';
import { listPairings } from '../../store/pairingsRepo';
import { listParticipants } from '../../store/participantsRepo';
import { behindCsv, behindWhatsAppText } from './behindText';

// The weekly journal tracker's service: reads the cohort, asks core for the grid and the lists, and
// writes ticks and imported submissions through `mutate` so each is one undoable step.

/** Today on the coordinator's own calendar (the laptop's time zone), as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function loadCohort(db: Db) {
  const settings = getSettings(db);
  const people = listParticipants(db);
  const byId = new Map<string, Participant>(people.map((p) => [p.id, p]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const units = unitsFromPairings(listPairings(db), nameOf);
  return { settings, weeks: journalWeeks(settings), people, byId, nameOf, units };
}

export function journalGridOf(db: Db, today: string): JournalGrid {
  const { settings, weeks, units } = loadCohort(db);
  const live = new Set(units.map((u) => u.unit));
  // Ticks of a pair that no longer exists stay stored (undo or re-pairing brings them back) but are not shown.
  const cells = listJournalEntries(db)
    .filter((e) => live.has(e.unit) && e.week <= weeks)
    .map(({ unit, week, link, recordedAt }) => ({ unit, week, link, recordedAt }));
  return {
    units,
    weeks,
    startDate: settings.startDate,
    currentWeek: currentWeek(settings.startDate, today, weeks),
    weekStarts: Array.from({ length: weeks }, (_, i) => (settings.startDate ? weekStart(settings.startDate, i + 1) : null))
      .filter((date): date is string => date !== null),
    cells,
    summary: weekSummaries(units, cells, weeks),
  };
}

export interface TickRequest {
  unit: string;
  week: number;
  submitted: boolean;
  link?: string;
}

export function tickJournal(db: Db, request: TickRequest): { changed: ChangeTopic[] } {
  const { weeks, units, nameOf } = loadCohort(db);
  const unit = units.find((u) => u.unit === request.unit);
  if (!unit) throw new StoreError('not_found', 'journals.unitGone');
  if (request.week > weeks) throw new StoreError('invalid', 'journals.weekAfterEnd', { week: request.week, weeks });
  const label = { label: request.submitted ? 'history.journalTick' : 'history.journalUntick', params: { week: request.week, mentor: nameOf(unit.mentorId) } };
  const { changed } = mutate(db, label, (db) => {
    const existing = findJournalEntry(db, unit.unit, request.week);
    if (!request.submitted) {
      deleteJournalEntry(db, unit.unit, request.week);
    } else if (!existing) {
      insertJournalEntry(db, { unit: unit.unit, mentorId: unit.mentorId, week: request.week, link: request.link?.trim() ?? '', recordedAt: new Date().toISOString() });
    } else if (request.link !== undefined) {
      setJournalLink(db, unit.unit, request.week, request.link.trim());
    }
  });
  return { changed };
}

export interface JournalImportRequest {
  fileName: string;
  data: string;
}

/** The header row: the first of the top rows that names a week and a person, else the reader's guess. */
function findHeader(rows: string[][], guess: number): { headerRow: number; columns: JournalColumns } | null {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const columns = detectJournalColumns(rows[r]);
    if (usableColumns(columns)) return { headerRow: r, columns };
  }
  const columns = detectJournalColumns(rows[guess] ?? []);
  return usableColumns(columns) ? { headerRow: guess, columns } : null;
}

function recordedAt(submission: JournalSubmission, order: 'dmy' | 'mdy', fallback: string): string {
  return (submission.timestamp && parseTimestamp(submission.timestamp, order)) || fallback;
}

export function importJournal(db: Db, request: JournalImportRequest): JournalImportReport {
  const file = request.fileName;
  const bytes = Buffer.from(request.data, 'base64');
  const table = readTable(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  const header = findHeader(table.rows, table.headerRow);
  if (!header) {
    fail(file, table.headerRow + 1, null, 'journals.noColumns');
  }
  const { settings, weeks, people, units } = loadCohort(db);
  const matched = matchSubmissions({ rows: table.rows, headerRow: header.headerRow, columns: header.columns, people, units, weeks });

  const stamps = matched.submissions.map((s) => s.timestamp).filter(Boolean);
  const order = detectDateOrder(stamps, settings.language === 'en' ? 'mdy' : 'dmy');
  const now = new Date().toISOString();
  // One submission per unit and week; a later row (a corrected resubmission) brings its link.
  const byCell = new Map<string, JournalSubmission>();
  let alreadyIn = 0;
  for (const submission of matched.submissions) {
    const key = `${submission.unit}\u0000${submission.week}`;
    const earlier = byCell.get(key);
    if (!earlier) byCell.set(key, { ...submission });
    else {
      alreadyIn++;
      if (submission.link) earlier.link = submission.link;
    }
  }

  let added = 0;
  const { changed } = mutate(db, { label: 'history.journalImport', params: { file, count: matched.submissions.length } }, (db) => {
    for (const submission of byCell.values()) {
      const existing = findJournalEntry(db, submission.unit, submission.week);
      if (existing) {
        alreadyIn++;
        if (submission.link) setJournalLink(db, submission.unit, submission.week, submission.link);
        continue;
      }
      insertJournalEntry(db, {
        unit: submission.unit, mentorId: submission.mentorId, week: submission.week, link: submission.link, recordedAt: recordedAt(submission, order, now),
      });
      added++;
    }
  });
  return { file, rows: matched.rows, matched: matched.submissions.length, added, alreadyIn, unmatched: matched.unmatched, changed };
}

export interface BehindResult {
  throughWeek: number | null;
  rows: JournalBehindRow[];
  whatsapp: string;
  csv: string;
}

/** Who is behind: units missing a journal in weeks 1..week (by default the weeks already over). */
export function journalBehindOf(db: Db, request: { week?: number }, today: string): BehindResult {
  const { settings, weeks, byId, nameOf, units } = loadCohort(db);
  const throughWeek = request.week !== undefined
    ? Math.min(request.week, weeks)
    : defaultThroughWeek(currentWeek(settings.startDate, today, weeks), weeks);
  const behind = throughWeek === null ? [] : behindUnits(units, listJournalEntries(db), throughWeek);
  const lines = behind.map(({ unit, missingWeeks }) => ({
    unit: unit.unit,
    mentor: nameOf(unit.mentorId),
    mentorPhone: byId.get(unit.mentorId)?.phone ?? '',
    mentees: unit.menteeIds.map(nameOf),
    kind: unit.kind,
    skill: unit.skill,
    missingWeeks,
  }));
  const doc = { language: settings.language, program: settings.program, cohort: settings.name, throughWeek, lines };
  return {
    throughWeek,
    rows: lines.map(({ unit, mentor, mentorPhone, mentees, missingWeeks }) => ({ unit, mentor, mentorPhone, mentees, missingWeeks })),
    whatsapp: behindWhatsAppText(doc),
    csv: behindCsv(doc),
  };
}
