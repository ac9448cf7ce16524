// Logs and stderr never carry a participant's email or phone number: a cohort file holds the contact
// details of hundreds of people, and logs end up in bug reports, CI output and terminal scrollback.
// Messages shown inside the app keep them (the coordinator needs to see the bad cell); anything
// written to a log stream goes through `redact` first.

const emailPattern = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
/** A run of digits with the separators people type in phone numbers, not glued to letters (ids, file names). */
const phoneCandidate = /(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d(?!\w)/g;
/** Dates and times are not phone numbers, even with eight digits (2025-06-01, 10.30.00). */
const dateLike = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$|^\d{1,2}[.:]\d{2}([.:]\d{2})?$/;

function redactPhone(candidate: string): string {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 8 || digits > 15 || candidate.trim().split(/\s+/).every((part) => dateLike.test(part))) return candidate;
  return '[phone]';
}

/** Replaces email addresses and phone numbers in text bound for a log with placeholders. */
export function redact(text: string): string {
  return text.replace(emailPattern, '[email]').replace(phoneCandidate, redactPhone);
}
