import type { ImportReport, UnresolvedPreference } from '../../../shared/contract';
import type { ImportIssue } from '../../../shared/domain';
import type { ParsedRegistration } from '../../import';
import type { Plan } from './plan';

// What an import says back: its counts, the people whose fields change (from what to what), the
// double submissions merged, the fields the program needs that no column gives, columns whose values
// mostly do not read, and every issue. A committed import's report is kept (import history).

/** Field changes listed in a report; the rest are counted. */
export const maxChangesListed = 1000;
/** Warnings kept with a committed import's report in the history. */
export const maxStoredWarnings = 200;

export interface ReportExtras {
  committed: boolean;
  warnings: ImportIssue[];
  changed: ImportReport['changed'];
  unresolved?: { listed: UnresolvedPreference[]; count: number };
  run?: { id: number; committedAt: string };
}

export function importReport(parsed: ParsedRegistration, planned: Plan, extras: ReportExtras): ImportReport {
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let changesCount = 0;
  const changes: ImportReport['changes'] = [];
  for (const entry of planned.rows) {
    if (entry.status === 'added') added++;
    else if (entry.status === 'unchanged') unchanged++;
    else {
      updated++;
      for (const change of entry.reimport.changes) {
        changesCount++;
        if (changes.length < maxChangesListed) changes.push({ participantId: entry.existing.id, participant: entry.existing.current().name, ...change });
      }
    }
  }
  const preview = parsed.rows.slice(0, 20).map((r) => ({
    row: String(r.row), name: r.name, nickname: r.nickname, email: r.email, phone: r.phone, region: r.region, level: r.level,
    kind: r.kind ?? '', capacity: r.capacity === null ? '' : String(r.capacity), offers: r.offers.join(', '), seeks: r.seeks.join(', '),
    preferences: r.preferences.join(', '),
  }));
  return {
    file: parsed.file,
    sheet: parsed.sheet,
    sheets: parsed.sheets,
    headers: parsed.headers,
    mapping: Object.fromEntries(parsed.headers.map((h) => [h, parsed.mapping[h] ?? null])),
    preview,
    rows: parsed.rows.length,
    added,
    updated,
    unchanged,
    duplicates: parsed.duplicates.length,
    duplicateList: parsed.duplicates.slice(0, maxChangesListed).map((d) => ({ name: d.kept.name, keptRow: d.kept.row, droppedRow: d.dropped.row })),
    changes,
    changesCount,
    missingFields: parsed.missingFields,
    columnProblems: parsed.columnProblems,
    errors: parsed.errors,
    warnings: [...parsed.warnings, ...extras.warnings],
    unresolved: extras.unresolved?.listed ?? [],
    unresolvedCount: extras.unresolved?.count ?? 0,
    committed: extras.committed,
    changed: extras.changed,
    runId: extras.run?.id ?? null,
    committedAt: extras.run?.committedAt ?? null,
  };
}

interface StoredRun {
  report: ImportReport;
  /** Whose row each kept warning is on (row -> name), for the review list. */
  rowNames: Record<string, string>;
}

/** The report as the import history keeps it: no preview, mapping or headers, warnings capped, with the names of their rows. */
export function storedReport(report: ImportReport, nameOfRow: ReadonlyMap<number, string>): string {
  const warnings = report.warnings.slice(0, maxStoredWarnings);
  const rowNames: Record<string, string> = {};
  for (const w of warnings) {
    const name = w.row === null ? undefined : nameOfRow.get(w.row);
    if (name !== undefined) rowNames[String(w.row)] = name;
  }
  const kept: ImportReport = { ...report, preview: [], headers: [], mapping: {}, sheets: [], unresolved: [], changed: [], warnings };
  return JSON.stringify({ report: kept, rowNames } satisfies StoredRun);
}

export function readStoredReport(json: string): StoredRun {
  return JSON.parse(json) as StoredRun;
}
