import type { MentoringKind } from '../../shared/domain';
import { foldText } from '../../shared/text';

/** Trimmed, every run of whitespace (NBSP and line breaks included) collapsed to one space. */
export function cleanText(value: string): string {
  // Most values are already clean: test once instead of building two new strings.
  if (!untidy.test(value)) return value;
  return value.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Leading/trailing space, a run of spaces, or any whitespace other than a plain space. */
const untidy = /^ | $| {2}|[^\S ]|[\u200b\ufeff]/;

/**
 * A multi-select answer split into its parts: Google Forms joins checkboxes with ", ", people type ";"
 * or one per line. Separators inside brackets do not split ("Desain Grafis (Canva, Figma)").
 */
export function splitMultiSelect(cell: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= cell.length; i++) {
    const c = i < cell.length ? cell.charCodeAt(i) : 10; // a virtual separator at the end
    if (c === 40 || c === 91) depth++; // ( [
    else if ((c === 41 || c === 93) && depth > 0) depth--; // ) ]
    else if (i === cell.length || (depth === 0 && (c === 44 || c === 59 || c === 10 || c === 13))) {
      const part = cleanPart(cell.slice(start, i));
      if (part !== '') parts.push(part);
      start = i + 1;
    }
  }
  return parts;
}

/** One answer of a multi-select: tidied, without a list bullet or trailing punctuation. */
function cleanPart(text: string): string {
  return cleanText(text).replace(/^[-•*·]\s*/, '').replace(/[.;,]+$/, '').trim();
}

/** An answer as words: folded (foldText), punctuation to single spaces, "&" kept. */
function answerWords(value: string): string {
  return foldText(value).replace(/[^\p{L}\p{N}&]+/gu, ' ').trim();
}

const kindWords: ReadonlyArray<readonly [MentoringKind, RegExp]> = [
  ['both', /\b(keduanya|kedua nya|dua duanya|both|semua|all|bebas|terserah|either|any)\b|\b(peer|sebaya|1 (on|1|ke) 1|one on one|individu|personal)\b.*\b(kelompok|group|grup|komunitas)\b|\b(kelompok|group|grup)\b.*\b(peer|sebaya|1 (on|1|ke) 1|individu|personal)\b/],
  ['peer', /^(peer|peer 1 1|peer 1 on 1|peer to peer|sebaya|teman sebaya|1 1|1 on 1|1 ke 1|one on one|individu|individual|personal|perorangan|berpasangan|pasangan|private|privat)\b/],
  ['group', /^(kelompok|group|grup|berkelompok|komunitas|group mentoring|mentoring kelompok|pendampingan kelompok|small group|kelompok kecil|in a group)\b/],
];

/**
 * The kind of mentoring from a free-text answer. Null when empty (the caller applies the cohort's
 * default); undefined when the answer is not recognisable (an error for that row).
 */
export function parseKind(value: string): MentoringKind | null | undefined {
  const text = answerWords(value).replace(/\bmentoring\b|\bpendampingan\b|\bsaja\b|\bonly\b/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return value.trim() === '' ? null : undefined;
  const normalized = text.replace(/\s*&\s*/g, ' & ');
  if (/&|\b(dan|and|atau|or|maupun)\b/.test(normalized)) {
    const parts = normalized.split(/\s*(?:&|\bdan\b|\band\b|\batau\b|\bor\b|\bmaupun\b)\s*/).filter(Boolean);
    const kinds = new Set(parts.map((part) => parseKind(part)));
    if (kinds.has('peer') && kinds.has('group')) return 'both';
    if (kinds.size === 1 && !kinds.has(undefined) && !kinds.has(null)) return [...kinds][0];
  }
  for (const [kind, pattern] of kindWords) if (pattern.test(normalized)) return kind;
  return undefined;
}

const numberWords: Record<string, number> = Object.assign(Object.create(null), {
  nol: 0, kosong: 0, zero: 0, none: 0,
  satu: 1, one: 1, dua: 2, two: 2, tiga: 3, three: 3, empat: 4, four: 4, lima: 5, five: 5,
  enam: 6, six: 6, tujuh: 7, seven: 7, delapan: 8, eight: 8, sembilan: 9, nine: 9, sepuluh: 10, ten: 10,
});

export const maxCapacity = 50;

/**
 * How many mentees a mentor takes, from "3", "3 orang", "maks 4", "tiga", "2-3" (the upper bound) or
 * a number cell. Null when empty; undefined when unreadable or outside 0..50.
 */
export function parseCapacity(value: string): number | null | undefined {
  const text = answerWords(value);
  if (text === '') return value.trim() === '' ? null : undefined;
  const numbers = [...value.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
  let result: number | undefined;
  if (numbers.length > 0) {
    // "2-3 orang", "2 sampai 3": the upper bound is what the mentor can take.
    result = Math.max(...numbers);
  } else {
    for (const token of text.split(' ')) {
      if (Object.hasOwn(numberWords, token)) result = Math.max(result ?? 0, numberWords[token]);
    }
    if (result === undefined && /\b(belum|tidak|tdk|no|not)\b/.test(text)) result = 0;
  }
  if (result === undefined || !Number.isInteger(result) || result < 0 || result > maxCapacity) return undefined;
  return result;
}
