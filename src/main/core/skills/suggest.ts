import { damerauLevenshtein } from '../names';
import { rootsOf, sameWordFamily, type WordRoots } from './affixes';
import { skillKey } from './resolve';
import { conceptOf, longestConcept, wordTable } from './synonyms';
import { markedNotSame, type SharedVocabulary } from './vocabulary';
import { expandWords, foldWords, smallWords } from './words';

// Suggested merges: pairs of the cohort's skills that are likely one skill, ranked, each with its reasons —
// spelled almost alike, the same word with or without an Indonesian affix, a translation, an
// abbreviation, or one name's words inside the other's. Pairs are found through indexes (shared words,
// roots, concepts, deletion variants of the keys), never by comparing every skill with every other.

export interface SkillForSuggestion {
  name: string;
  /** Every key the skill answers to (its name's and its spellings'). */
  keys: readonly string[];
  /** How many participants offer or seek it. */
  users: number;
}

export type MergeReason =
  | { code: 'spelling'; distance: number }
  | { code: 'affix'; from: string; into: string }
  | { code: 'translation'; from: string; into: string }
  | { code: 'abbreviation'; short: string; long: string }
  | { code: 'words'; shared: string };

export interface SuggestedMerge {
  from: string;
  into: string;
  /** 0..1: how likely the two are one skill. */
  score: number;
  why: MergeReason[];
}

/** Words that alone say too little to merge on ("Bahasa" is every language). */
const vagueWords = new Set(['bahasa', 'language', 'belajar', 'learning', 'ilmu', 'teknik', 'dasar', 'basic', 'pemula', 'beginner', 'kelas', 'class', 'skill', 'keahlian', 'manajemen', 'management', 'desain', 'design']);
const maxKeyForSpelling = 40;
/** An index entry shared by more skills than this says nothing about any two of them. */
const maxPerIndexEntry = 100;

interface Features {
  skill: SkillForSuggestion;
  key: string;
  /** The name's words with abbreviations spelled out, small words left out. */
  words: string[];
  roots: WordRoots[];
  expanded: string;
  concepts: string[];
  initials: string;
}

function cachedRoots(word: string, cache: Map<string, WordRoots>): WordRoots {
  let roots = cache.get(word);
  if (!roots) cache.set(word, (roots = rootsOf(word)));
  return roots;
}

function featuresOf(skill: SkillForSuggestion, rootsCache: Map<string, WordRoots>): Features {
  const all = expandWords(foldWords(skill.name), wordTable);
  const words = all.filter((word) => !smallWords.has(word));
  const concepts: string[] = [];
  for (let i = 0; i < words.length; ) {
    let length = Math.min(longestConcept, words.length - i);
    while (length > 1 && !conceptOf.has(words.slice(i, i + length).join(' '))) length--;
    const phrase = words.slice(i, i + length).join(' ');
    const concept = conceptOf.get(phrase);
    concepts.push(concept === undefined ? `w:${phrase}` : `c:${concept}`);
    i += length;
  }
  return { skill, key: skillKey(skill.name), words, roots: words.map((word) => cachedRoots(word, rootsCache)), expanded: all.join(''), concepts, initials: words.length >= 2 ? words.map((w) => w[0]).join('') : '' };
}

/** The key and each way of dropping one letter: two keys one edit apart share one of these. */
function deletions(key: string): Set<string> {
  const variants = new Set([key]);
  for (let i = 0; i < key.length; i++) variants.add(key.slice(0, i) + key.slice(i + 1));
  return variants;
}

const digitsOf = (key: string) => key.replace(/\D+/g, ' ').trim();

function spellingReason(a: Features, b: Features): MergeReason | null {
  const shorter = Math.min(a.key.length, b.key.length);
  if (shorter < 6 || digitsOf(a.key) !== digitsOf(b.key)) return null;
  const limit = shorter <= 8 ? 1 : 2;
  const distance = Math.min(damerauLevenshtein(a.key, b.key, limit), damerauLevenshtein(a.expanded, b.expanded, limit));
  return distance <= limit && distance > 0 ? { code: 'spelling', distance } : null;
}

function affixReason(a: Features, b: Features): MergeReason | null {
  if (a.words.length !== b.words.length || a.words.length === 0) return null;
  let found: MergeReason | null = null;
  for (let i = 0; i < a.words.length; i++) {
    if (a.words[i] === b.words[i]) continue;
    if (!sameWordFamily(a.words[i], b.words[i], a.roots[i], b.roots[i])) return null;
    found ??= { code: 'affix', from: a.words[i], into: b.words[i] };
  }
  return found;
}

function translationReason(a: Features, b: Features): MergeReason | null {
  if (a.concepts.length !== b.concepts.length || a.words.join(' ') === b.words.join(' ')) return null;
  const sorted = (list: string[]) => [...list].sort().join('|');
  if (sorted(a.concepts) !== sorted(b.concepts) || !a.concepts.some((c) => c.startsWith('c:'))) return null;
  return { code: 'translation', from: a.skill.name, into: b.skill.name };
}

function abbreviationReason(a: Features, b: Features): MergeReason | null {
  for (const [short, long] of [[a, b], [b, a]]) {
    if (short.key.length >= 2 && short.key.length <= 5 && short.key === long.initials) return { code: 'abbreviation', short: short.skill.name, long: long.skill.name };
  }
  return null;
}

function wordsReason(a: Features, b: Features): MergeReason | null {
  const [small, large] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  if (small.length === 0 || small.every((word) => vagueWords.has(word)) || !small.every((word) => large.includes(word))) return null;
  const union = new Set([...small, ...large]).size;
  return small.length / union >= 0.5 ? { code: 'words', shared: small.join(' ') } : null;
}

const weight: Record<MergeReason['code'], (reason: MergeReason) => number> = {
  translation: () => 0.9,
  affix: () => 0.9,
  abbreviation: () => 0.8,
  spelling: (reason) => (reason.code === 'spelling' && reason.distance === 1 ? 0.85 : 0.7),
  words: () => 0.6,
};

/** Whether `a` goes into `b`: the skill fewer people chose goes into the other; on a tie the shorter name into the longer ("Rajut" into "Merajut"). */
function mergesInto(a: SkillForSuggestion, b: SkillForSuggestion): boolean {
  if (a.users !== b.users) return a.users < b.users;
  if (a.name.length !== b.name.length) return a.name.length < b.name.length;
  return a.name > b.name;
}

/** Skill pairs worth comparing, as index pairs (i < j). */
function candidatePairs(features: readonly Features[]): Set<number> {
  const pairs = new Set<number>();
  const n = features.length;
  const index = new Map<string, number[]>();
  const put = (entry: string, i: number) => {
    const list = index.get(entry);
    if (!list) index.set(entry, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  features.forEach((f, i) => {
    // A word is indexed under each root it may have, so "Merajut" meets "Rajut".
    for (const roots of f.roots) for (const root of roots.all) put(`w:${root}`, i);
    for (const concept of f.concepts) if (concept.startsWith('c:')) put(concept, i);
    if (f.key.length >= 2 && f.key.length <= 5) put(`i:${f.key}`, i);
    if (f.initials !== '') put(`i:${f.initials}`, i);
    if (f.key.length >= 6 && f.key.length <= maxKeyForSpelling) {
      // One edit apart: a long name two edits apart almost always shares a word too.
      for (const variant of deletions(f.key)) put(`d:${variant}`, i);
    }
  });
  for (const list of index.values()) {
    if (list.length < 2 || list.length > maxPerIndexEntry) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pairs.add(list[x] * n + list[y]);
  }
  return pairs;
}

/** The likely merges among the cohort's skills, best first, leaving out pairs marked "not the same". */
export function suggestMerges(skills: readonly SkillForSuggestion[], notSame: SharedVocabulary['notSame'] = [], limit = 200): SuggestedMerge[] {
  const rootsCache = new Map<string, WordRoots>();
  const features = skills.map((skill) => featuresOf(skill, rootsCache));
  const n = features.length;
  const found: Array<SuggestedMerge & { users: number }> = [];
  for (const pair of candidatePairs(features)) {
    const a = features[Math.floor(pair / n)];
    const b = features[pair % n];
    const [from, into] = mergesInto(a.skill, b.skill) ? [a, b] : [b, a];
    const why = [translationReason(from, into), affixReason(from, into), abbreviationReason(from, into), spellingReason(from, into), wordsReason(from, into)]
      .filter((reason): reason is MergeReason => reason !== null);
    if (why.length === 0 || markedNotSame(notSame, from.skill.keys, into.skill.keys)) continue;
    const score = 1 - why.reduce((left, reason) => left * (1 - weight[reason.code](reason)), 1);
    found.push({ from: from.skill.name, into: into.skill.name, score: Math.round(score * 1000) / 1000, why, users: from.skill.users + into.skill.users });
  }
  return found
    .sort((x, y) => y.score - x.score || y.users - x.users || x.from.localeCompare(y.from))
    .slice(0, limit)
    .map(({ users: _, ...merge }) => merge);
}
