import { foldText } from '../../../shared/text';
import { wordTable } from './synonyms';
import { expandWords, foldWords, titleCase } from './words';

// The skills vocabulary. Participants type skills freely ("Mind-mapping", "mind mapping", "canva",
// "Desain Grafis (Canva)", "B. Inggris", "English"); each spelling resolves to one skill through folded
// keys: the cohort's own skills first, then the shared vocabulary (the synonym list with the
// coordinator's decisions, see vocabulary.ts).

export interface VocabularySkill {
  /** Canonical name, shown everywhere. */
  name: string;
  /** Keys (see skillKey) that resolve to this skill, including those remembered from merges. */
  keys: string[];
}

/** A skill of the shared vocabulary: spellings known to mean one skill, and its name if a coordinator chose one. */
export interface KnownSkill {
  name: string | null;
  /** Key -> the spelling it was made from. */
  keys: ReadonlyMap<string, string>;
}

/** A key a skill answers to, with the spelling that taught it (shown when the coordinator splits a skill). */
export interface Alias {
  key: string;
  spelling: string;
}

/** Case, spacing, hyphens, punctuation and diacritics folded away: "Mind-Mapping" -> "mindmapping". */
export function skillKey(spelling: string): string {
  return foldText(spelling).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The key with the synonym list's abbreviations and variants spelled out: "B. Inggris" -> "bahasainggris". */
export function expandedKey(spelling: string): string {
  return expandWords(foldWords(spelling), wordTable).join('');
}

/** A spelling tidied for display: trimmed, inner whitespace collapsed, spelling and case kept. */
export function cleanSpelling(spelling: string): string {
  return spelling.replace(/\s+/g, ' ').trim();
}

/** The keys that say a spelling outright: its own, and its abbreviations spelled out. */
export function spellingKeys(spelling: string): string[] {
  const key = skillKey(spelling);
  if (key === '') return [];
  const expanded = expandedKey(spelling);
  return expanded === key || expanded === '' ? [key] : [key, expanded];
}

/**
 * The keys a spelling answers to, strongest first: the whole spelling (as typed, then expanded), the
 * spelling without its bracketed part, and each alias inside the brackets.
 * "Desain Grafis (Canva, Figma)" -> keys of "desain grafis (canva, figma)", "desain grafis", "canva", "figma".
 */
export function skillAliases(spelling: string): string[] {
  const keys: string[] = [];
  const add = (text: string) => {
    for (const key of spellingKeys(text)) if (!keys.includes(key)) keys.push(key);
  };
  add(spelling);
  const inner = [...spelling.matchAll(/[([]([^)\]]*)[)\]]/g)].map((m) => m[1]);
  if (inner.length > 0) {
    add(spelling.replace(/[([][^)\]]*[)\]]/g, ' '));
    for (const group of inner) for (const alias of group.split(/\s*(?:[,/;&]|\bdan\b|\band\b|\batau\b|\bor\b)\s*/i)) add(alias);
  }
  return keys;
}

export interface SkillResolution {
  /** Each given spelling -> the canonical skill name (spellings without letters or digits are left out). */
  canonical: Map<string, string>;
  /** Skills not in the cohort yet, with every key they answer to. */
  added: Array<{ name: string; aliases: Alias[] }>;
  /** New keys that now resolve to the cohort's skills (worth remembering with them). */
  learned: Array<{ name: string; aliases: Alias[] }>;
}

interface Entry {
  /** The cohort's name; null for a skill the cohort does not have yet (named once all spellings are seen). */
  name: string | null;
  /** The name a coordinator chose in the shared vocabulary. */
  knownName: string | null;
  /** Keys the cohort already stores for this skill. */
  stored: Set<string>;
  /** Keys to store: the spellings that resolved here taught them. */
  fresh: Alias[];
  /** A shared skill's keys, stored with it once it comes into the cohort. */
  shared: Alias[];
  /** Spellings that resolved here, with how often: a new skill is named after its most common one. */
  uses: Map<string, number>;
}

const newEntry = (knownName: string | null): Entry => ({ name: null, knownName, stored: new Set(), fresh: [], shared: [], uses: new Map() });

/**
 * Resolves spellings (with repeats: each participant's answer counts) against the cohort's vocabulary
 * and the shared one. A spelling's whole key is tried first, then its aliases in order; a key is claimed
 * by the first skill that has it (the cohort's names beat their remembered keys, which beat the shared
 * vocabulary, which beats the bracket aliases of the cohort's names). A shared skill joins the cohort's skill holding most of its
 * keys; spellings that resolve nowhere become new skills, named by their most common spelling in title
 * case (or the name a coordinator chose for the shared skill).
 */
export function resolveSkills(vocabulary: readonly VocabularySkill[], spellings: readonly string[], known: readonly KnownSkill[] = []): SkillResolution {
  const byKey = new Map<string, Entry>();
  const entries: Entry[] = vocabulary.map((skill) => ({ ...newEntry(null), name: skill.name, stored: new Set(skill.keys) }));
  const claim = (key: string, entry: Entry) => {
    if (key !== '' && !byKey.has(key)) byKey.set(key, entry);
  };
  for (const entry of entries) claim(skillKey(entry.name ?? ''), entry);
  for (const entry of entries) for (const key of entry.stored) claim(key, entry);
  for (const skill of known) {
    const owners = new Map<Entry, number>();
    for (const key of skill.keys.keys()) {
      const owner = byKey.get(key);
      if (owner) owners.set(owner, (owners.get(owner) ?? 0) + 1);
    }
    let target: Entry | undefined;
    for (const [owner, count] of owners) if (!target || count > (owners.get(target) ?? 0)) target = owner;
    target ??= newEntry(skill.name);
    for (const [key, spelling] of skill.keys) {
      if (byKey.has(key)) continue;
      byKey.set(key, target);
      if (target.name === null) target.shared.push({ key, spelling });
    }
  }
  // Last, the bracket aliases of the cohort's names: the shared vocabulary's "Canva" is a skill of its own.
  for (const entry of entries) for (const key of skillAliases(entry.name ?? '')) claim(key, entry);

  const remember = (entry: Entry, key: string, spelling: string) => {
    if (entry.stored.has(key)) return;
    entry.stored.add(key);
    entry.fresh.push({ key, spelling });
  };
  const entryOf = new Map<string, Entry>();
  const added: Entry[] = [];
  for (const spelling of spellings) {
    const seen = entryOf.get(spelling);
    if (seen) {
      seen.uses.set(spelling, (seen.uses.get(spelling) ?? 0) + 1);
      continue;
    }
    const keys = skillAliases(spelling);
    if (keys.length === 0) continue;
    let entry: Entry | undefined;
    for (const key of keys) {
      entry = byKey.get(key);
      if (entry) break;
    }
    entry ??= newEntry(null);
    if (entry.name === null && entry.uses.size === 0) {
      added.push(entry);
      // A shared skill comes into the cohort with every spelling it is known by.
      for (const alias of entry.shared) remember(entry, alias.key, alias.spelling);
    }
    const typed = cleanSpelling(spelling);
    for (const key of keys) {
      const owner = byKey.get(key);
      if (owner !== undefined && owner !== entry) continue;
      byKey.set(key, entry);
      remember(entry, key, typed);
    }
    entryOf.set(spelling, entry);
    entry.uses.set(spelling, 1);
  }

  const taken = new Set(vocabulary.map((skill) => skill.name));
  for (const entry of added) entry.name = freshName(entry, taken);
  const canonical = new Map<string, string>();
  for (const [spelling, entry] of entryOf) canonical.set(spelling, entry.name ?? cleanSpelling(spelling));
  return {
    canonical,
    added: added.map((entry) => ({ name: entry.name ?? '', aliases: entry.fresh })),
    learned: entries.filter((entry) => entry.fresh.length > 0).map((entry) => ({ name: entry.name ?? '', aliases: entry.fresh })),
  };
}

/** A new skill's name: the one chosen for it in the shared vocabulary, else its most common spelling in title case. */
function freshName(entry: Entry, taken: Set<string>): string {
  // "mind mapping" and "Mind Mapping" are one way to write it: count them together.
  const counts = new Map<string, number>();
  let best = '';
  for (const [spelling, count] of entry.uses) {
    const titled = titleCase(spelling);
    const total = (counts.get(titled) ?? 0) + count;
    counts.set(titled, total);
    if (total > (counts.get(best) ?? 0)) best = titled;
  }
  let name = [entry.knownName, best].find((candidate): candidate is string => candidate !== null && candidate !== '' && !taken.has(candidate)) ?? best;
  for (let n = 2; taken.has(name); n++) name = `${best} (${n})`;
  taken.add(name);
  return name;
}
