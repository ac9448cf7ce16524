import data from './synonyms.json';
import { foldWords, type WordTable } from './words';

// The reviewed synonym list shipped with Kupu (synonyms.json, which says how to read and change it).

/** Folded phrase -> folded words it stands for ("b" -> ["bahasa"], "al quran" -> ["quran"]). */
export const wordTable: WordTable = new Map(
  Object.entries(data.words).map(([phrase, meaning]) => [foldWords(phrase).join(' '), foldWords(meaning)]),
);

/** Spellings that mean one skill, per entry. */
export const synonymGroups: ReadonlyArray<readonly string[]> = data.skills.map((entry) => entry.spellings);

/**
 * Indonesian and English words that mean the same, as concepts: every word (or phrase) of a connected
 * set of translation pairs gets the same number ("anak", "child", "children", "kids").
 */
export const conceptOf: ReadonlyMap<string, number> = (() => {
  const parent = new Map<string, string>();
  const find = (word: string): string => {
    let root = word;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(word, root);
    return root;
  };
  const ensure = (word: string) => {
    if (!parent.has(word)) parent.set(word, word);
  };
  for (const [a, b] of data.translations) {
    const x = foldWords(a).join(' ');
    const y = foldWords(b).join(' ');
    ensure(x);
    ensure(y);
    parent.set(find(x), find(y));
  }
  const numbers = new Map<string, number>();
  const concepts = new Map<string, number>();
  for (const word of parent.keys()) {
    const root = find(word);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    concepts.set(word, numbers.get(root) ?? 0);
  }
  return concepts;
})();

/** The longest phrase in the translation table, in words. */
export const longestConcept = Math.max(1, ...[...conceptOf.keys()].map((phrase) => phrase.split(' ').length));
