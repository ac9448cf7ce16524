// Indonesian affixes, for suggesting merges: "Merajut" and "Rajut", "Menjahit" and "Jahit", "Berjualan" and
// "Jualan", "Kewirausahaan" and "Wirausaha" are one skill written as a verb or noun and as its root.

const vowel = /^[aiueo]/;
const minRoot = 3;

/** Roots after a prefix, with the sound changes of me-/pe-: men+tulis -> menulis, meng+kaji -> mengaji. */
function withoutPrefix(word: string, add: (root: string) => void): void {
  for (const nasal of ['me', 'pe']) {
    if (!word.startsWith(nasal)) continue;
    const rest = word.slice(2);
    if (rest.startsWith('ny') && vowel.test(rest.slice(2))) {
      add(`s${rest.slice(2)}`); // menyulam <- sulam
      add(rest); // menyanyi <- nyanyi
    } else if (rest.startsWith('ng')) {
      const after = rest.slice(2);
      add(after); // menggambar <- gambar, mengajar <- ajar
      if (vowel.test(after)) add(`k${after}`); // mengaji <- kaji
    } else if (rest.startsWith('m')) {
      const after = rest.slice(1);
      if (vowel.test(after)) add(`p${after}`); // memotret <- potret
      else add(after); // membatik <- batik
      add(rest); // memasak <- masak
    } else if (rest.startsWith('n')) {
      const after = rest.slice(1);
      if (vowel.test(after)) add(`t${after}`); // menulis <- tulis
      else add(after); // menjahit <- jahit
      add(rest); // menari <- nari (colloquial)
    } else {
      add(rest); // merajut <- rajut, melukis <- lukis
    }
    if (nasal === 'pe') add(rest.startsWith('r') ? rest.slice(1) : rest); // pelatih <- latih, perajut <- rajut
  }
  for (const prefix of ['ber', 'ter', 'per']) if (word.startsWith(prefix)) add(word.slice(3)); // berkebun <- kebun
  if (word.startsWith('bel')) add(word.slice(3)); // belajar <- ajar
  if (word.startsWith('be')) add(word.slice(2)); // bekerja <- kerja
  for (const prefix of ['di', 'ke', 'se']) if (word.startsWith(prefix)) add(word.slice(2));
}

function withoutSuffix(word: string, add: (root: string) => void): void {
  for (const suffix of ['kan', 'nya', 'an', 'i']) if (word.endsWith(suffix)) add(word.slice(0, -suffix.length));
}

/** Roots reached by prefixes only, or by suffixes only (each with the word itself). */
function rootsBy(word: string, strip: (word: string, add: (root: string) => void) => void): Set<string> {
  const roots = new Set<string>([word]);
  strip(word, (root) => {
    if (root.length >= minRoot) roots.add(root);
  });
  return roots;
}

export interface WordRoots {
  /** Every root the word may be built on, itself included: "penulisan" -> penulisan, tulis, nulisan, … */
  all: Set<string>;
  byPrefix: Set<string>;
  bySuffix: Set<string>;
}

export function rootsOf(word: string): WordRoots {
  const byPrefix = rootsBy(word, withoutPrefix);
  const bySuffix = rootsBy(word, withoutSuffix);
  const all = new Set([...byPrefix, ...bySuffix]);
  for (const stem of bySuffix) for (const root of rootsBy(stem, withoutPrefix)) all.add(root);
  for (const stem of byPrefix) for (const root of rootsBy(stem, withoutSuffix)) all.add(root);
  return { all, byPrefix, bySuffix };
}

/**
 * Whether two words are one word with and without affixes ("merajut"/"rajut", "jualan"/"berjualan"), or
 * its verb and its noun ("merajut"/"rajutan"), and so, here, the same skill. Two words that merely share
 * a root through prefixes ("belajar"/"mengajar": learning and teaching) are not.
 */
export function sameWordFamily(a: string, b: string, rootsA = rootsOf(a), rootsB = rootsOf(b)): boolean {
  if (a === b) return false;
  if (rootsA.all.has(b) || rootsB.all.has(a)) return true;
  const meet = (x: Set<string>, y: Set<string>) => [...x].some((root) => root !== a && root !== b && y.has(root));
  return meet(rootsA.byPrefix, rootsB.bySuffix) || meet(rootsA.bySuffix, rootsB.byPrefix);
}
