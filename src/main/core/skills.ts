import { foldText } from '../../shared/text';

// The skills vocabulary. Participants type skills freely ("Mind-mapping", "mind mapping", "canva",
// "Desain Grafis (Canva)"); each spelling resolves to one canonical skill through folded keys.

export interface VocabularySkill {
  /** Canonical name, shown everywhere. */
  name: string;
  /** Keys (see skillKey) that resolve to this skill, including those remembered from merges. */
  keys: string[];
}

/** Case, spacing, hyphens, punctuation and diacritics folded away: "Mind-Mapping" -> "mindmapping". */
export function skillKey(spelling: string): string {
  return foldText(spelling).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A spelling tidied for display: trimmed, inner whitespace collapsed, spelling and case kept. */
export function cleanSpelling(spelling: string): string {
  return spelling.replace(/\s+/g, ' ').trim();
}

/**
 * The keys a spelling answers to, strongest first: the whole spelling, the spelling without its
 * bracketed part, and each alias inside the brackets.
 * "Desain Grafis (Canva, Figma)" -> keys of "desain grafis (canva, figma)", "desain grafis", "canva", "figma".
 */
export function skillAliases(spelling: string): string[] {
  const keys: string[] = [];
  const add = (text: string) => {
    const key = skillKey(text);
    if (key !== '' && !keys.includes(key)) keys.push(key);
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
  /** Skills not in the vocabulary, named by their first-seen spelling, with every key they answer to. */
  added: VocabularySkill[];
  /** New keys that now resolve to existing vocabulary skills (worth remembering with them). */
  learned: VocabularySkill[];
}

interface Entry {
  skill: VocabularySkill;
  isNew: boolean;
  learned: string[];
}

/**
 * Resolves spellings against the vocabulary. A spelling's whole key is tried first, then its aliases in
 * order; a key is claimed by the first skill that has it (canonical names beat remembered keys, which beat
 * bracket aliases). Spellings that resolve nowhere become new skills, and later spellings can resolve
 * to those.
 */
export function resolveSkills(vocabulary: readonly VocabularySkill[], spellings: readonly string[]): SkillResolution {
  const byKey = new Map<string, Entry>();
  const entries: Entry[] = vocabulary.map((skill) => ({ skill: { name: skill.name, keys: [...skill.keys] }, isNew: false, learned: [] }));
  const claim = (key: string, entry: Entry) => {
    if (key !== '' && !byKey.has(key)) byKey.set(key, entry);
  };
  for (const entry of entries) claim(skillKey(entry.skill.name), entry);
  for (const entry of entries) for (const key of entry.skill.keys) claim(key, entry);
  for (const entry of entries) for (const key of skillAliases(entry.skill.name)) claim(key, entry);

  const canonical = new Map<string, string>();
  const added: VocabularySkill[] = [];
  for (const spelling of spellings) {
    if (canonical.has(spelling)) continue;
    const keys = skillAliases(spelling);
    if (keys.length === 0) continue;
    let entry: Entry | undefined;
    for (const key of keys) {
      entry = byKey.get(key);
      if (entry) break;
    }
    if (!entry) {
      entry = { skill: { name: cleanSpelling(spelling), keys: [] }, isNew: true, learned: [] };
      added.push(entry.skill);
    }
    for (const key of keys) {
      if (byKey.has(key)) continue;
      byKey.set(key, entry);
      if (entry.isNew) entry.skill.keys.push(key);
      else entry.learned.push(key);
    }
    canonical.set(spelling, entry.skill.name);
  }
  const learned = entries.filter((e) => e.learned.length > 0).map((e) => ({ name: e.skill.name, keys: e.learned }));
  return { canonical, added, learned };
}

/**
 * A coordinator's merge ("Peta Pikiran" into "Mind Mapping"): the target gains every key of the source,
 * the source disappears, so future imports resolve the source's spellings to the target.
 */
export function mergeSkills(vocabulary: readonly VocabularySkill[], from: string, into: string): VocabularySkill[] {
  const source = vocabulary.find((s) => s.name === from);
  const fromKeys = [...skillAliases(from), ...(source?.keys ?? [])];
  const result = vocabulary.filter((s) => s !== source).map((s) => ({ name: s.name, keys: [...s.keys] }));
  let target = result.find((s) => s.name === into);
  if (!target) {
    target = { name: into, keys: skillAliases(into) };
    result.push(target);
  }
  for (const key of fromKeys) if (!target.keys.includes(key)) target.keys.push(key);
  return result;
}
