// Logs and stderr never carry a participant's email or phone number: a cohort file holds the contact
// details of hundreds of people, and logs end up in bug reports, CI output and terminal scrollback.
// Messages shown inside the app keep them (the coordinator needs to see the bad cell); anything
// written to a log stream goes through `redact` first.

const emailPattern = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
/** A run of digits with the separators people type in phone numbers, not glued to letters (ids, file names). */
const phoneCandidate = /(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d(?!\w)/g;
/**
 * A plain run of digits not starting with 0 that is compared with (<=50000000) or followed by its unit
 * (70000000 characters) is a limit or a count, not a phone number: nobody writes a number to call that way.
 */
const plainCount = /^[1-9]\d*$/;
const comparedBefore = /(?:<=|>=|<|>|≤|≥)\s*$/;
const unitAfter = /^\s*(?:bytes?|characters?|chars?|rows?|columns?|items?|[KMG]B)\b/i;
/** Dates and times are not phone numbers, even with eight digits (2025-06-01, 10.30.00). */
const dateLike = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$|^\d{1,2}[.:]\d{2}([.:]\d{2})?$/;

function redactPhone(candidate: string, offset: number, text: string): string {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 8 || digits > 15 || candidate.trim().split(/\s+/).every((part) => dateLike.test(part))) return candidate;
  if (plainCount.test(candidate)) {
    if (comparedBefore.test(text.slice(Math.max(0, offset - 3), offset))) return candidate;
    if (unitAfter.test(text.slice(offset + candidate.length, offset + candidate.length + 12))) return candidate;
  }
  return '[phone]';
}

/** Replaces email addresses and phone numbers in text bound for a log with placeholders. */
export function redact(text: string): string {
  return text.replace(emailPattern, '[email]').replace(phoneCandidate, redactPhone);
}
