import type { ImportReport, ImportRunSummary } from '../../../shared/contract';
import type { ImportIssue } from '../../../shared/domain';
import { issue } from '../../import/errors';
import { resolveImportedPreferences } from './preferences';
import { followPairings } from '../proposals/follow';
import { mentorsToRestore, restoreExportedPairings, type MenteeToRestore } from './roundTrip';
import type { ParsedRegistration } from '../../import';
import { parseRegistrationInThread, parseRegistrationOffThread } from '../../import/worker';
import type { Db } from '../../store/connection';
import { StoreError } from '../../store/errors';
import { mutate } from '../../store/undoLog';
import { loadImportMappings, saveImportMapping, type ImportMapping } from '../../store/importMappingsRepo';
import { createImportWriter } from '../../store/importRepo';
import { getImportRun, insertImportRun, listImportRuns } from '../../store/importRunsRepo';
import { createVocabularyWriter } from '../../store/skillsRepo';
import { knownSkills, plan, type PlannedRow } from './plan';
import { importReport, readStoredReport, storedReport } from './report';

// The store side of importing a registration export: classify each parsed row against the cohort
// (added / updated / unchanged, judged against the snapshot of what was imported last, not against
// hand edits), resolve skills through the vocabulary and preferred mentors by name, then write it all
// in one journaled transaction; an updated participant takes only the fields the form changed. A Kupu
// export's "Mentor email" column becomes pairings in that same transaction (roundTrip.ts), so one undo
// step takes back the import with its pairings.

export interface ImportRequest {
  fileName: string;
  data: string;
  sheet?: string;
  mapping?: ImportMapping;
}

export interface ImportOptions {
  /** Parse in this thread rather than a worker (see HandlerOptions.parseImportsInThread). */
  parseInThread?: boolean;
  /** Kupu's folder, with the coordinator's shared skills vocabulary; without it only the synonym list is known. */
  home?: string;
}

async function parse(db: Db, request: ImportRequest, options: ImportOptions): Promise<ParsedRegistration> {
  const bytes = Buffer.from(request.data, 'base64');
  // A remembered mapping for this cohort's form applies header by header, so the next export of the
  // same form imports in one step; anything the coordinator picked now wins.
  const mapping = { ...loadImportMappings(db), ...(request.mapping ?? {}) };
  const parseFile = options.parseInThread ? parseRegistrationInThread : parseRegistrationOffThread;
  return parseFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), request.fileName, { sheet: request.sheet, mapping });
}

/** What importing the file would do, field by field; writes nothing. */
export async function previewImport(db: Db, request: ImportRequest, options: ImportOptions = {}): Promise<ImportReport> {
  const parsed = await parse(db, request, options);
  return importReport(parsed, plan(db, parsed, knownSkills(db, options.home)), { committed: false, warnings: [], changed: [] });
}

export async function commitImport(
  db: Db, request: ImportRequest, hooks: ImportOptions & { beforeWrite?: () => Promise<unknown> } = {},
): Promise<ImportReport> {
  const parsed = await parse(db, request, hooks);
  const known = knownSkills(db, hooks.home);
  if (parsed.errors.length > 0) return importReport(parsed, plan(db, parsed, known), { committed: false, warnings: [], changed: [] });
  // The backup (or any other wait) comes before planning, so the plan sees the cohort it writes to.
  await hooks.beforeWrite?.();
  const planned = plan(db, parsed, known);
  const warnings: ImportIssue[] = [];
  const { result, changed } = mutate(db, { label: 'history.import', params: { file: parsed.file, rows: parsed.rows.length } }, (db) => {
    // Planned just before, with no await in between: the vocabulary is still what the plan read.
    const skillIds = new Map(planned.vocabulary.map((s) => [s.name, s.id]));
    const vocabulary = createVocabularyWriter(db);
    for (const skill of planned.newSkills) {
      const id = vocabulary.insertSkill(skill.name);
      skillIds.set(skill.name, id);
      for (const alias of skill.aliases) vocabulary.addAlias(id, alias.key, alias.spelling);
    }
    for (const skill of planned.learnedKeys) {
      const id = skillIds.get(skill.name);
      if (id !== undefined) for (const alias of skill.aliases) vocabulary.addAlias(id, alias.key, alias.spelling);
    }
    const writer = createImportWriter(db, skillIds, planned.rows.filter((r) => r.status === 'added').length);
    // Rows whose typed preferences are (re)written now: new people, and people whose answer changed them.
    const rewritten: Array<{ entry: PlannedRow; id: string; replace: boolean }> = [];
    // Only this file's new and changed rows: old participants' mentor columns were restored when imported.
    const mentees: MenteeToRestore[] = [];
    for (const entry of planned.rows) {
      if (entry.status === 'added') {
        const id = writer.insert(entry.record);
        rewritten.push({ entry, id, replace: false });
        const mentorEmails = mentorsToRestore(entry.record.extra);
        if (mentorEmails.length > 0) mentees.push({ menteeId: id, mentorEmails });
        continue;
      }
      if (entry.status === 'unchanged') continue;
      const { existing, record, snapshot, snapshotJson, reimport } = entry;
      writer.update(existing.id, reimport.merged, record, snapshotJson, { skills: reimport.skills });
      const mentorEmails = mentorsToRestore(snapshot.extra, existing.snapshot().extra);
      if (mentorEmails.length > 0) mentees.push({ menteeId: existing.id, mentorEmails });
      // Preferences the form did not change keep whatever the coordinator resolved by hand.
      if (reimport.preferences) rewritten.push({ entry, id: existing.id, replace: true });
    }
    const preferences = resolveImportedPreferences(
      db, writer, rewritten.map(({ entry, id, replace }) => ({ id, name: entry.record.name, row: entry.row.row, preferences: entry.record.preferences, replace })),
    );
    writer.finish();
    // After finish, so the pairings' own bulk writer may open; their inserts are journaled after the
    // participants they need.
    restoreExportedPairings(db, mentees);
    // A re-import can change mentors' seats (capacity, kind) as well as pairings: proposals follow.
    followPairings(db, 'all');
    for (const u of preferences.fromThisFile) {
      warnings.push(issue(parsed.file, u.row, null, u.ambiguous ? 'registration.preferenceAmbiguous' : 'registration.preferenceUnknown', { rank: u.rank, typed: u.typed }));
    }
    saveImportMapping(db, parsed.signature, Object.fromEntries(parsed.headers.map((h) => [h, parsed.mapping[h] ?? null])));
    // The report goes into the import history with the import, so an undo takes both back; a file
    // that changes nobody leaves no trace (and nothing to undo).
    const committedAt = new Date().toISOString();
    const kept = importReport(parsed, planned, { committed: true, warnings, changed: [], unresolved: preferences.unresolved });
    const nameOfRow = new Map(parsed.rows.map((r) => [r.row, r.name]));
    const run = kept.added + kept.updated > 0 ? { id: insertImportRun(db, parsed.file, committedAt, storedReport(kept, nameOfRow)), committedAt } : undefined;
    return { unresolved: preferences.unresolved, run };
  });
  return importReport(parsed, planned, { committed: true, warnings, changed, unresolved: result.unresolved, run: result.run });
}

/** This cohort's last imports, newest first. */
export function importHistory(db: Db, limit = 20): ImportRunSummary[] {
  return listImportRuns(db, limit).map((run) => {
    const { report } = readStoredReport(run.report);
    return {
      id: run.id, file: run.file, committedAt: run.committed_at, rows: report.rows, added: report.added, updated: report.updated,
      unchanged: report.unchanged, duplicates: report.duplicates,
    };
  });
}

/** One committed import's report, as it was when committed. */
export function importRunReport(db: Db, id: number): ImportReport {
  const run = getImportRun(db, id);
  if (!run) throw new StoreError('not_found', 'import.noSuchRun', { id });
  return { ...readStoredReport(run.report).report, runId: run.id, committedAt: run.committed_at };
}

/** The warnings of the cohort's last import (values kept as written, or dropped), each with whose row it is on. */
export function lastImportWarnings(db: Db): Array<{ issue: ImportIssue; name: string | null }> {
  const [run] = listImportRuns(db, 1);
  if (!run) return [];
  const { report, rowNames } = readStoredReport(run.report);
  return report.warnings.map((issue) => ({ issue, name: issue.row === null ? null : rowNames[String(issue.row)] ?? null }));
}
