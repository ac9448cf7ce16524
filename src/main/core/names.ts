import { foldText } from '../../shared/text';

// Resolving the mentor names mentees typed ("Bunda Rina", "mbak sari", "Dewi Sartka") to participants.
// Tiers, first decisive one wins: full name, nickname, all typed words inside a full name, then close
// spellings (Damerau-Levenshtein <= 1 for short names, <= 2 for longer ones; the unique best wins).

export interface NamedPerson {
  id: string;
  name: string;
  nickname: string;
}

/**
 * Whom a typed name means. `fuzzy`: only by part of a name (a single word that is not her nickname) or a
 * close spelling — likely, but the coordinator should confirm it.
 */
export type NameMatch = { kind: 'found'; id: string; fuzzy?: true } | { kind: 'ambiguous'; ids: string[]; fuzzy?: true } | { kind: 'none' };

export interface NameIndex {
  resolve(typed: string): NameMatch;
}

/** At most this many ids are listed for an ambiguous name ("Siti" may fit hundreds). */
export const maxAmbiguousIds = 20;

const honorifics = new Set([
  'bunda', 'bund', 'bun', 'bnd', 'mbak', 'mba', 'mbakyu', 'ibu', 'bu', 'umi', 'ummi', 'ummu', 'mama', 'mamah', 'kak', 'kakak', 'ka',
  'teh', 'teteh', 'uni', 'ning', 'jeng', 'dik', 'adik', 'mom', 'mrs', 'ms', 'miss', 'madam', 'hj', 'hajjah', 'ustadzah', 'ustazah', 'dr', 'drg',
]);

/** Already a key: lower-case ASCII words with single spaces (most folded names), which nameKey would return unchanged. */
const plainKey = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Folded name: lower-case, no diacritics, apostrophes dropped, other punctuation to spaces, no brackets. */
export function nameKey(name: string): string {
  let text = foldText(name);
  if (plainKey.test(text)) return text;
  if (text.includes('(')) text = text.replace(/\([^)]*\)?/g, ' ');
  return text.replace(/['’‘`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "bunda mbak sari" -> "sari"; a name made only of honorifics is kept as it is. */
export function stripHonorifics(key: string): string {
  // Most names start with no honorific: nothing to split and join again.
  const space = key.indexOf(' ');
  if (space < 0 || !honorifics.has(key.slice(0, space))) return key;
  const tokens = key.split(' ');
  let i = 0;
  while (i < tokens.length - 1 && i < 2 && honorifics.has(tokens[i])) i++;
  return tokens.slice(i).join(' ');
}

function personKey(text: string): string {
  return stripHonorifics(nameKey(text));
}

export function createNameIndex(people: readonly NamedPerson[]): NameIndex {
  const byName = new Map<string, string[]>();
  const byNickname = new Map<string, string[]>();
  const byToken = new Map<string, number[]>();
  const tokensOf: string[][] = [];
  // People are added in order, so a repeat can only be the list's last element.
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  };
  // Nicknames (and many names) repeat across a cohort: fold each distinct spelling once.
  const keys = new Map<string, string>();
  const tokensByKey = new Map<string, string[]>();
  const keyOf = (text: string) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = personKey(text)));
    return key;
  };
  people.forEach((person, i) => {
    const name = keyOf(person.name);
    const nickname = keyOf(person.nickname);
    if (name !== '') push(byName, name, person.id);
    if (nickname !== '') push(byNickname, nickname, person.id);
    let tokens = tokensByKey.get(name);
    if (tokens === undefined) tokensByKey.set(name, (tokens = name === '' ? [] : distinctWords(name)));
    tokensOf.push(tokens);
    for (const token of tokens) push(byToken, token, i);
  });
  let fuzzy: FuzzyIndex | null = null;

  const decide = (ids: readonly string[], fuzzy = false): NameMatch => {
    const match: NameMatch = ids.length === 1 ? { kind: 'found', id: ids[0] } : { kind: 'ambiguous', ids: ids.slice(0, maxAmbiguousIds) };
    if (fuzzy) match.fuzzy = true;
    return match;
  };

  return {
    resolve(typed: string): NameMatch {
      const key = personKey(typed);
      if (key === '') return { kind: 'none' };
      const exact = byName.get(key) ?? byNickname.get(key);
      if (exact) return decide(exact);

      const typedTokens = distinctWords(key);
      let rarest: number[] | undefined;
      for (const token of typedTokens) {
        const list = byToken.get(token);
        if (!list) {
          rarest = undefined;
          break;
        }
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      if (rarest) {
        const ids: string[] = [];
        for (const i of rarest) {
          if (!typedTokens.every((t) => tokensOf[i].includes(t))) continue;
          ids.push(people[i].id);
          if (ids.length > maxAmbiguousIds) break; // "Siti" alone may fit thousands; enough to say so
        }
        // One word that is not her nickname ("Bu Dewi" for Dewi Lestari Handayani) is only part of her name.
        if (ids.length > 0) return decide(ids, typedTokens.length === 1);
      }

      fuzzy ??= createFuzzyIndex([...byName.keys(), ...byNickname.keys()]);
      const close = fuzzy.closest(key, (a, b) => (Math.min(a.length, b.length) <= 6 ? 1 : 2));
      if (close.length === 0) return { kind: 'none' };
      const ids: string[] = [];
      for (const k of close) for (const id of [...(byName.get(k) ?? []), ...(byNickname.get(k) ?? [])]) if (!ids.includes(id)) ids.push(id);
      return decide(ids, true);
    },
  };
}

/** The words of a key, each once, in order. */
function distinctWords(key: string): string[] {
  const words = key.split(' ');
  // A name rarely repeats a word: a Set only when one does.
  for (let i = 1; i < words.length; i++) if (words.lastIndexOf(words[i], i - 1) >= 0) return [...new Set(words)];
  return words;
}

/** One-off convenience; build an index with createNameIndex when resolving many names. */
export function resolveName(typed: string, people: readonly NamedPerson[]): NameMatch {
  return createNameIndex(people).resolve(typed);
}

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (a transposition of neighbours costs 1).
 * With a finite `max` only the diagonal band |i - j| <= max is computed, and the result is capped at
 * max + 1 ("too far").
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.min(Math.max(la, lb), max + 1);
  const band = Math.min(max, Math.max(la, lb));
  const far = band + 1;
  if (rows[0].length < lb + 1) rows = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= lb; j++) previous[j] = j <= band ? j : far;
  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(lb, i + band);
    current[0] = i <= band ? i : far;
    if (from > 1) current[from - 1] = far;
    let rowMin = from > 1 ? far : current[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = previous[j - 1] + (ca === cb ? 0 : 1);
      const up = previous[j] + 1;
      if (up < d) d = up;
      const left = current[j - 1] + 1;
      if (left < d) d = left;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && before[j - 2] + 1 < d) d = before[j - 2] + 1;
      if (d > far) d = far;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (to < lb) current[to + 1] = far;
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[lb], max + 1);
}

/** Reused DP rows (core code is single-threaded; this keeps the hot loop allocation-free). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

interface FuzzyIndex {
  /** The keys at the smallest distance from `query` that is within `limit(query, key)` (<= 2). */
  closest(query: string, limit: (query: string, key: string) => number): string[];
}

const MAX_KEY = 64;

/**
 * Close-spelling search over a compact trie of the keys (typed arrays): a DP row per trie node,
 * subtrees dropped as soon as their prefix is too far from the query. Exact (nothing within the
 * distance is missed). Distance 1 is one walk. For distance 2, one half of the query holds at most one
 * of the two edits, so two walks each allow only one edit over one half — forwards over the first
 * half, and through a trie of reversed keys over the second — which prunes as early as a distance-1
 * walk (a plain distance-2 walk explores several times more prefixes).
 */
function createFuzzyIndex(allKeys: readonly string[]): FuzzyIndex {
  const keys = [...new Set(allKeys)].filter((k) => k.length > 0 && k.length <= MAX_KEY);
  const forward = createTrieWalker(keys);
  const backward = createTrieWalker(keys.map(reverse));
  return {
    closest(query, limit) {
      const n = query.length;
      let matches = forward(query, 1, 0);
      if (matches.size === 0 && n > 6) {
        const half = n >> 1;
        matches = forward(query, 2, half);
        for (const [key, distance] of backward(reverse(query), 2, n - half)) matches.set(reverse(key), distance);
      }
      let best = Infinity;
      let found: string[] = [];
      for (const [key, distance] of matches) {
        if (distance > limit(query, key) || distance > best) continue;
        if (distance < best) {
          best = distance;
          found = [];
        }
        found.push(key);
      }
      return found;
    },
  };
}

/** Reversed by UTF-16 unit: fine here, as keys and queries are reversed alike. */
function reverse(text: string): string {
  let reversed = '';
  for (let i = text.length - 1; i >= 0; i--) reversed += text[i];
  return reversed;
}

/**
 * Finds keys within `k` edits of `query`, allowing only one edit while the key prefix is shorter than
 * `strictUntil`. Returns key -> distance.
 */
type TrieWalker = (query: string, k: number, strictUntil: number) => Map<string, number>;

function createTrieWalker(unsorted: readonly string[]): TrieWalker {
  const keys = [...unsorted].sort();
  // Node 0 is the root. Children are chained in sorted order (firstChild / nextSibling).
  let capacity = 1024;
  let char = new Uint16Array(capacity);
  let firstChild = new Int32Array(capacity).fill(-1);
  let nextSibling = new Int32Array(capacity).fill(-1);
  let terminal = new Int32Array(capacity).fill(-1);
  let lastChild = new Int32Array(capacity).fill(-1);
  let size = 1;
  const newNode = (parent: number, c: number): number => {
    if (size === capacity) {
      capacity *= 2;
      const grow = <T extends Uint16Array | Int32Array>(old: T, fresh: T, fill: number): T => {
        fresh.fill(fill);
        fresh.set(old);
        return fresh;
      };
      char = grow(char, new Uint16Array(capacity), 0);
      firstChild = grow(firstChild, new Int32Array(capacity), -1);
      nextSibling = grow(nextSibling, new Int32Array(capacity), -1);
      terminal = grow(terminal, new Int32Array(capacity), -1);
      lastChild = grow(lastChild, new Int32Array(capacity), -1);
    }
    const node = size++;
    char[node] = c;
    if (lastChild[parent] < 0) firstChild[parent] = node;
    else nextSibling[lastChild[parent]] = node;
    lastChild[parent] = node;
    return node;
  };
  const path = [0];
  keys.forEach((key, index) => {
    const shared = index === 0 ? 0 : commonPrefix(keys[index - 1], key);
    path.length = shared + 1;
    for (let d = shared; d < key.length; d++) path.push(newNode(path[d], key.charCodeAt(d)));
    terminal[path[key.length]] = index;
  });

  // DP rows, one per depth, reused by every walk (queries are at most MAX_KEY + 2 long).
  const rows: Int32Array[] = [];
  for (let d = 0; d <= MAX_KEY; d++) rows.push(new Int32Array(MAX_KEY + 4));
  const stackNode = new Int32Array(MAX_KEY + 2);

  return (query, k, strictUntil) => {
    const found = new Map<string, number>();
    const n = query.length;
    if (n === 0 || n > MAX_KEY + k) return found;
    const far = k + 1;
    for (let j = 0; j <= n + 1; j++) rows[0][j] = j <= k ? j : far;
    // Depth-first: stackNode[d] is the node being tried at depth d (its siblings come next).
    let d = 1;
    stackNode[1] = firstChild[0];
    while (d >= 1) {
      const node = stackNode[d];
      if (node < 0) {
        d--;
        if (d >= 1) stackNode[d] = nextSibling[stackNode[d]];
        continue;
      }
      const row = rows[d];
      const previous = rows[d - 1];
      const before = d >= 2 ? rows[d - 2] : previous;
      const c = char[node];
      const c1 = d >= 2 ? char[stackNode[d - 1]] : -1;
      const lo = d > k ? d - k : 0;
      const hi = d + k < n ? d + k : n;
      if (lo > 0) row[lo - 1] = far;
      row[hi + 1] = far;
      let rowMin = far;
      for (let j = lo; j <= hi; j++) {
        let v: number;
        if (j === 0) v = d;
        else {
          const qc = query.charCodeAt(j - 1);
          v = previous[j - 1] + (c === qc ? 0 : 1);
          if (previous[j] + 1 < v) v = previous[j] + 1;
          if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
          if (j >= 2 && c === query.charCodeAt(j - 2) && c1 === qc && before[j - 2] + 1 < v) v = before[j - 2] + 1;
        }
        if (v > far) v = far;
        row[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > (d < strictUntil ? 1 : k)) {
        stackNode[d] = nextSibling[node];
        continue;
      }
      if (terminal[node] >= 0 && Math.abs(d - n) <= k && row[n] <= k) found.set(keys[terminal[node]], row[n]);
      if (firstChild[node] >= 0 && d < MAX_KEY) {
        d++;
        stackNode[d] = firstChild[node];
      } else {
        stackNode[d] = nextSibling[node];
      }
    }
    return found;
  };
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
