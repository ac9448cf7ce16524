// Phone numbers as coordinators receive them (typed by hand, or mangled by a spreadsheet) -> E.164.
// Indonesia is the default country: 0812…, 62812…, +62 812…, and 812… (a number cell that lost its 0).

import type { Message } from '../../shared/i18n';

export type PhoneResult =
  | { ok: true; e164: string; /** e.g. several numbers were typed and the first was kept */ note?: Message }
  | { ok: false; problem: Message };

const INDONESIA = '62';
/** Answers that mean "no number" rather than a broken one. */
const noNumber = new Set(['', '-', '--', '—', '–', '.', '0', 'n/a', 'na', 'none', 'tidak ada', 'belum ada', 'tidak punya', 'belum punya', 'kosong']);

export function normalizePhone(raw: string): PhoneResult {
  const text = raw.replace(/[\s\u00a0\u200b]+/g, ' ').trim().replace(/^'/, '').replace(/^tel:/i, '').trim();
  // The common case, one number with the usual separators, skips the several-numbers split.
  if (/^\+?\d[\d ().-]*$/.test(text)) return single(text);
  if (noNumber.has(text.toLowerCase())) return { ok: true, e164: '' };
  const parts = text.split(/\s*(?:\/|,|;|\bor\b|\batau\b|\bdan\b|&)\s*/i).filter((part) => part !== '');
  const results = parts.map(single);
  const first = results[0];
  if (!first) return { ok: true, e164: '' };
  if (!first.ok) return parts.length > 1 ? { ok: false, problem: { key: 'registration.notPhone', params: { value: raw.trim() } } } : first;
  const others = results.slice(1).filter((r): r is { ok: true; e164: string } => r.ok && r.e164 !== first.e164);
  return others.length > 0 ? { ok: true, e164: first.e164, note: { key: 'registration.severalPhones', params: { kept: first.e164 } } } : first;
}

function single(part: string): PhoneResult {
  // Built only when needed: this runs for every row's phone number.
  const notPhone = (): PhoneResult => ({ ok: false, problem: { key: 'registration.notPhone', params: { value: part } } });
  let text = part.trim();
  const plus = text.startsWith('+');
  if (plus) text = text.slice(1);
  // "+62 (0)812…": the national trunk 0 written in brackets.
  text = text.replace(/\(0\)/g, '');
  const digitsOnly = text.replace(/[\s\-.()–—]/g, '');
  if (!/^\d+$/.test(digitsOnly)) return notPhone();
  let digits = digitsOnly;
  let international = plus;
  if (!plus && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  if (international) {
    if (digits.startsWith(INDONESIA)) return indonesian(digits.slice(2).replace(/^0/, ''), part);
    if (digits.length < 7 || digits.length > 15 || digits.startsWith('0')) return notPhone();
    return { ok: true, e164: `+${digits}` };
  }
  if (digits.startsWith('0')) return indonesian(digits.slice(1), part);
  if (digits.startsWith(INDONESIA) && digits.length >= 10) return indonesian(digits.slice(2).replace(/^0/, ''), part);
  if (digits.startsWith('8')) return indonesian(digits, part);
  return { ok: false, problem: { key: 'registration.phoneAbroad', params: { value: part } } };
}

/** National significant number: mobile 8 + 8–11 digits; landline area code 2–7/9 + subscriber, 8–11 digits. */
function indonesian(nsn: string, part: string): PhoneResult {
  if (/^8\d{8,11}$/.test(nsn) || /^[2-79]\d{7,10}$/.test(nsn)) return { ok: true, e164: `+${INDONESIA}${nsn}` };
  const digits = nsn.length;
  const key = nsn.startsWith('8')
    ? digits < 9 ? 'registration.phoneTooShort' : 'registration.phoneTooLong'
    : digits < 8 ? 'registration.phoneTooShort' : digits > 11 ? 'registration.phoneTooLong' : 'registration.phoneNotIndonesian';
  return { ok: false, problem: { key, params: { value: part } } };
}
