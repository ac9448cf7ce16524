// Turning XLSX cell values into the text a coordinator sees: numbers without float noise, dates as ISO.

export type DateKind = 'date' | 'datetime' | 'time';

/** Built-in number formats (ECMA-376 18.8.30 plus the East Asian date ids Excel writes). */
const builtinDateKinds = new Map<number, DateKind>([
  [14, 'date'], [15, 'date'], [16, 'date'], [17, 'date'], [18, 'time'], [19, 'time'], [20, 'time'], [21, 'time'],
  [22, 'datetime'], [45, 'time'], [46, 'time'], [47, 'time'],
  ...[27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58].map((id): [number, DateKind] => [id, 'date']),
  ...[32, 33, 55, 56].map((id): [number, DateKind] => [id, 'time']),
]);

export function builtinDateKind(numFmtId: number): DateKind | null {
  return builtinDateKinds.get(numFmtId) ?? null;
}

/**
 * Whether a custom format code shows a date and/or time: look for d/y (date) and h/s (time) outside
 * quoted literals, escapes, colours and locale tags; a lone "m" is months unless next to a time part.
 */
export function dateKindOfFormat(code: string): DateKind | null {
  let section = code.split(';')[0] ?? '';
  const elapsed = /\[(h+|m+|s+)\]/i.test(section);
  section = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/general/g, '');
  const hasTime = elapsed || /[hs]/.test(section) || /am\/pm|a\/p/.test(section);
  const hasDate = /[dy]/.test(section) || (!hasTime && /m/.test(section) && !/[0#?]/.test(section));
  if (hasDate && hasTime) return 'datetime';
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  return null;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel serial as ISO text: "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" or "HH:MM:SS". Null when the number
 * cannot be a date (negative, beyond year 9999), so the caller shows it as a number instead.
 */
export function serialToIso(serial: number, kind: DateKind, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds >= 86_400) {
    days += 1;
    seconds -= 86_400;
  }
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (kind === 'time' && days === 0) return time;
  // Excel's 1900 system counts a 29 Feb 1900 that never was (Lotus compatibility): before it, shift by one.
  const epoch = date1904 ? EPOCH_1904 : days < 60 ? EPOCH_1900 + MS_PER_DAY : EPOCH_1900;
  const date = new Date(epoch + days * MS_PER_DAY);
  const iso = `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return kind === 'date' && seconds === 0 ? iso : `${iso} ${time}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The stored number as a person would type it: 81234567890 (not 8.1234567890000004E+10), 3 (not 3.0),
 * 0.3 (not 0.30000000000000004). Excel keeps 15 significant digits, so rounding there loses nothing.
 */
export function formatNumber(raw: string): string {
  if (isPlainInteger(raw)) return raw;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? (Object.is(n, -0) ? '0' : String(n)) : String(n);
  return String(Number(n.toPrecision(15)));
}

function isPlainInteger(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 15) return false;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0; // '-'
  if (i === n) return false;
  if (raw.charCodeAt(i) === 48 && n > i + 1) return false; // leading zero: let Number() normalise
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return raw !== '-0';
}

/** The value of an ISO-ish `t="d"` cell in the same shape as a date-formatted number. */
export function normalizeIsoCell(raw: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?/.exec(raw.trim());
  if (!match) return raw;
  const [, date, time] = match;
  if (!time || time === '00:00:00' || time === '00:00') return date;
  return `${date} ${time.length === 5 ? `${time}:00` : time}`;
}
