import { catalogs, type Catalog } from '../../shared/i18n';
import { phaseEnd, type Phase } from '../../shared/phase';
import type { Language, PairKind } from '../../shared/domain';
import type { RosterDocument, RosterGroup } from './types';

// The rosters' and WhatsApp texts' words, in both cohort languages, from the shared catalogs (the
// `document` part), and the dates and phase lengths they print.

export type Labels = Catalog['document'];

export const labelCatalog = { id: catalogs.id.document, en: catalogs.en.document } satisfies Record<Language, Labels>;

export function labelsFor(language: Language): Labels {
  return labelCatalog[language] ?? labelCatalog.id;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD as a calendar date (UTC, so no time zone can shift the day); null if invalid. */
export function parseIsoDate(value: string): Date | null {
  const m = isoDate.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().startsWith(value) ? date : null;
}

/** "7 Desember 2026" / "7 December 2026": the same day-month-year order in both languages. */
export function formatDate(date: Date, language: Language): string {
  return `${date.getUTCDate()} ${labelsFor(language).months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "8 minggu", "1 week", "8 bulan", "1 month". */
export function durationText(phase: Pick<Phase, 'duration' | 'durationUnit'>, language: Language): string {
  const l = labelsFor(language);
  const [one, many] = phase.durationUnit === 'months' ? [l.monthUnit, l.monthUnits] : [l.week, l.weeks];
  return `${phase.duration} ${phase.duration === 1 ? one : many}`;
}

/** "7 Desember 2026 – 31 Januari 2027 (8 minggu)", or just "8 minggu" without a start date. */
export function phaseText(phase: Phase, language: Language): string {
  const start = phase.startDate ? parseIsoDate(phase.startDate) : null;
  const end = phaseEnd(phase);
  if (!start || !end) return durationText(phase, language);
  return `${formatDate(start, language)} – ${formatDate(parseIsoDate(end) ?? start, language)} (${durationText(phase, language)})`;
}

export function kindLabel(kind: PairKind, language: Language): string {
  return labelsFor(language)[kind];
}

/**
 * "Kelompok 3 dari 12" / "Peer pair 2 of 8": groups and peer pairs are numbered apart, out of the whole
 * cohort's count, so a roster page and a WhatsApp message say the number of groups the board shows.
 */
export function unitTitle(group: Pick<RosterGroup, 'kind' | 'number'>, doc: Pick<RosterDocument, 'language' | 'counts'>): string {
  const l = labelsFor(doc.language);
  return `${group.kind === 'peer' ? l.pairNumber : l.groupNumber} ${group.number} ${l.of} ${doc.counts[group.kind]}`;
}

/** "3/5": the mentor's mentees and seats, as the board's column shows them. */
export function seatsText(group: Pick<RosterGroup, 'seats'>): string {
  return `${group.seats.taken}/${group.seats.total}`;
}
