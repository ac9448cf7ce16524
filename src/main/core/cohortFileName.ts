// A cohort's file name from the name the coordinator gives it ("Batch 7" → "Batch 7"): the same words
// where the file systems of Windows, macOS and Linux take them, and never a path, a hidden file or one
// of the names Windows reserves for devices.

/** Characters no file name may hold on one of the three systems, control characters included. */
const forbidden = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Room for the extension and a " (99)" suffix under the usual 255-byte limit, counting UTF-8 bytes. */
const maxBytes = 180;

const utf8 = new TextEncoder();

function clip(text: string): string {
  let out = '';
  let bytes = 0;
  for (const char of text) {
    bytes += utf8.encode(char).length;
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}

/** The file name (without extension) for a cohort named `name`; "cohort" when nothing usable is left. */
export function cohortFileStem(name: string): string {
  const words = name.normalize('NFC').replace(forbidden, ' ').replace(/\s+/g, ' ');
  // Leading dots would hide the file; trailing dots and spaces Windows drops silently.
  const stem = clip(words.replace(/^[\s.]+/, '')).replace(/[\s.]+$/, '');
  if (stem === '') return 'cohort';
  return reserved.test(stem.split('.')[0]) ? `${stem} cohort` : stem;
}

/** The `attempt`-th file name to try for `stem` (1 is the stem itself, then "stem (2)", "stem (3)", …). */
export function numberedStem(stem: string, attempt: number): string {
  return attempt <= 1 ? stem : `${stem} (${attempt})`;
}
