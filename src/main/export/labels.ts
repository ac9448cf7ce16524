import { catalogs, type Catalog } from '../../shared/i18n';
import type { Language, PairKind } from '../../shared/domain';

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

/** The last day of a phase of `weeks` weeks starting on `start` (8 weeks from a Monday end on a Sunday). */
export function phaseEnd(start: Date, weeks: number): Date {
  return new Date(start.getTime() + (Math.max(1, weeks) * 7 - 1) * 86_400_000);
}

export function weeksText(weeks: number, language: Language): string {
  const l = labelsFor(language);
  return `${weeks} ${weeks === 1 ? l.week : l.weeks}`;
}

/** "7 Desember 2026 – 31 Januari 2027 (8 minggu)", or just "8 minggu" without a start date. */
export function phaseText(startDate: string | null, weeks: number, language: Language): string {
  const start = startDate ? parseIsoDate(startDate) : null;
  if (!start) return weeksText(weeks, language);
  const end = phaseEnd(start, weeks);
  return `${formatDate(start, language)} – ${formatDate(end, language)} (${weeksText(weeks, language)})`;
}

export function kindLabel(kind: PairKind, language: Language): string {
  return labelsFor(language)[kind];
}
