import { serialToIso } from './cellformat';

/** Day-first (Indonesian Google Forms, "29/11/2026 14:03:05") or month-first (English, "11/29/2026"). */
export type DateOrder = 'dmy' | 'mdy';

const numericDate = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[\sT,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?)?$/i;
const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[\sT]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?\s*(?:z|[+-]\d{2}:?\d{2})?$/i;
const namedDate = /^(\d{1,2})\s+([\p{L}]+)\.?,?\s+(\d{4})(?:[\s,]+(?:pukul\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/iu;
const excelSerial = /^\d{5}(?:\.\d+)?$/;

const months: Record<string, number> = Object.assign(Object.create(null), {
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, feb: 2, pebruari: 2, maret: 3, march: 3, mar: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, nopember: 11, desember: 12, december: 12, des: 12, dec: 12,
});

/**
 * The column-wide decision for d/m vs m/d: any first part above 12 means day-first, any second part
 * above 12 means month-first; otherwise the hint (from the header's language) decides.
 */
export function detectDateOrder(values: Iterable<string>, hint: DateOrder): DateOrder {
  let secondAbove12 = false;
  for (const value of values) {
    const match = numericDate.exec(value.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return 'dmy';
    if (Number(match[2]) > 12) secondAbove12 = true;
  }
  return secondAbove12 ? 'mdy' : hint;
}

/** A timestamp as ISO "YYYY-MM-DDTHH:MM:SS", or null when it cannot be read. */
export function parseTimestamp(value: string, order: DateOrder): string | null {
  const text = value.trim();
  if (text === '') return null;
  let match = isoDate.exec(text);
  if (match) return build(+match[1], +match[2], +match[3], match[4], match[5], match[6], undefined);
  match = numericDate.exec(text);
  if (match) {
    const [first, second] = [+match[1], +match[2]];
    const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    return build(year, month, day, match[4], match[5], match[6], match[7]);
  }
  match = namedDate.exec(text);
  if (match) {
    const month = months[match[2].toLowerCase()];
    if (month === undefined) return null;
    return build(+match[3], month, +match[1], match[4], match[5], match[6], undefined);
  }
  if (excelSerial.test(text)) {
    const serial = Number(text);
    if (serial >= 20_000 && serial < 80_000) return (serialToIso(serial, 'datetime', false) ?? '').replace(' ', 'T') || null;
  }
  return null;
}

function build(year: number, month: number, day: number, hour?: string, minute?: string, second?: string, meridiem?: string): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < 1900 || year > 2999) return null;
  let h = hour === undefined ? 0 : Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  const s = second === undefined ? 0 : Number(second);
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 59) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
