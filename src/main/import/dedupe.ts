import { nameKey } from '../core/names';
import type { RegistrationRow } from './normalize';

export interface Duplicate {
  kept: RegistrationRow;
  dropped: RegistrationRow;
}

/**
 * Who a row is: email, else phone, else folded name. Rows with none of them are nobody in
 * particular and never merge with another row.
 */
export function identityKey(row: RegistrationRow): string {
  if (row.email !== '') return `email:${row.email.toLowerCase()}`;
  if (row.phone !== '') return `phone:${row.phone}`;
  const name = nameKey(row.name);
  if (name !== '') return `name:${name}`;
  return `row:${row.row}`;
}

const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/** Whether `b` is a later answer than `a`: by timestamp when both have one, else by row. */
function isLater(a: RegistrationRow, b: RegistrationRow): boolean {
  if (isoTimestamp.test(a.submittedAt) && isoTimestamp.test(b.submittedAt) && a.submittedAt !== b.submittedAt) {
    return b.submittedAt > a.submittedAt;
  }
  return b.row > a.row;
}

/**
 * One row per person: when someone submitted the form more than once, their latest answer wins.
 * Kept rows stay in spreadsheet order; every dropped row is reported with the row that replaced it.
 */
export function dedupeRows(rows: readonly RegistrationRow[]): { rows: RegistrationRow[]; duplicates: Duplicate[] } {
  const winners = new Map<string, RegistrationRow>();
  // Losers are paired with their key only: a later answer may still replace today's winner.
  const losers: Array<{ key: string; row: RegistrationRow }> = [];
  for (const row of rows) {
    const key = identityKey(row);
    const current = winners.get(key);
    if (!current) winners.set(key, row);
    else if (isLater(current, row)) {
      winners.set(key, row);
      losers.push({ key, row: current });
    } else losers.push({ key, row });
  }
  if (losers.length === 0) return { rows: [...rows], duplicates: [] };
  const kept = new Set(winners.values());
  const duplicates = losers
    .map(({ key, row }) => ({ kept: winners.get(key) ?? row, dropped: row }))
    .sort((a, b) => a.dropped.row - b.dropped.row);
  return { rows: rows.filter((row) => kept.has(row)), duplicates };
}
