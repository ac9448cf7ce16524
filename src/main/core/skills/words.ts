// The words inside a skill name: folded for comparing ("B. Inggris" -> ["b", "inggris"]), expanded by the
// synonym list's word table ("b" -> "bahasa"), and shown in title case.

import { foldText } from '../../../shared/text';

/** Lower-case words without diacritics or apostrophes ("Al-Qur'an" -> ["al", "quran"]); "anak2" is "anak anak". */
export function foldWords(text: string): string[] {
  const folded = foldText(text).replace(/['’‘`]/g, '').split(/[^\p{L}\p{N}]+/u);
  const words: string[] = [];
  for (const word of folded) {
    if (word === '') continue;
    // Indonesian writes a reduplicated word with a 2: "anak2" for "anak-anak".
    const doubled = /^(\p{L}{2,})2$/u.exec(word);
    if (doubled) words.push(doubled[1], doubled[1]);
    else words.push(word);
  }
  return words;
}

/** Phrase (folded words joined by spaces) -> the words it stands for. */
export type WordTable = ReadonlyMap<string, readonly string[]>;

const longestPhrase = 3;

/**
 * Words with every phrase of the table replaced by what it stands for, longest phrase first. A one-letter
 * abbreviation ("b") only counts before another word: "B. Inggris" is "Bahasa Inggris", "Vitamin B" stays.
 */
export function expandWords(words: readonly string[], table: WordTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let length = Math.min(longestPhrase, words.length - i); length >= 1 && taken === 0; length--) {
      const phrase = length === 1 ? words[i] : words.slice(i, i + length).join(' ');
      const replacement = table.get(phrase);
      if (!replacement || (phrase.length === 1 && i === words.length - 1)) continue;
      out.push(...replacement);
      taken = length;
    }
    if (taken === 0) {
      out.push(words[i]);
      taken = 1;
    }
    i += taken;
  }
  return out;
}

/** Words kept in lower case inside a title ("Master of Ceremony", "Desain dengan Canva"). */
export const smallWords: ReadonlySet<string> = new Set([
  'dan', 'di', 'ke', 'dari', 'untuk', 'bagi', 'dengan', 'atau', 'yang', 'pada', 'dalam', 'secara',
  'and', 'of', 'the', 'for', 'with', 'or', 'in', 'on', 'a', 'an', 'to', 'at', 'by',
]);

const lower = /\p{Ll}/u;
const upper = /\p{Lu}/u;

function capitalize(part: string): string {
  const at = part.search(/\p{L}/u);
  return at < 0 ? part : part.slice(0, at) + part.charAt(at).toUpperCase() + part.slice(at + 1);
}

/** One word in title case: acronyms (MS, UI/UX, MPASI) and mixed case (PowerPoint, TikTok) are kept. */
function titleWord(word: string, first: boolean): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters === '') return word;
  if (!lower.test(letters)) return letters.length <= 5 ? word : titleWord(word.toLowerCase(), first);
  if (upper.test(letters.slice(1))) return word;
  if (!first && smallWords.has(word.toLowerCase())) return word.toLowerCase();
  // Each part of a hyphenated word, except a repeated one: "Mind-Mapping", "Al-Qur'an", "Sehari-hari".
  return word
    .split('-')
    .map((part, i, parts) => (i > 0 && parts[i - 1].toLowerCase().endsWith(part.toLowerCase()) ? part : capitalize(part)))
    .join('-');
}

/** A spelling as a skill's default display name: "public speaking" -> "Public Speaking", "ms excel" -> "Ms Excel". */
export function titleCase(spelling: string): string {
  return spelling
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word, i) => titleWord(word, i === 0))
    .join(' ');
}
