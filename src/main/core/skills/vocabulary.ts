import type { KnownSkill } from './resolve';
import { spellingKeys } from './resolve';
import { synonymGroups } from './synonyms';

// The shared vocabulary: the synonym list shipped with Kupu, changed by the coordinator's decisions in
// the order they were made (merges, renames, splits, and pairs marked "not the same"). The decisions are
// kept in Kupu's folder, so every cohort's imports resolve spellings the way the coordinator taught.

/** Spellings stand for a skill: its name and the ways participants wrote it. */
export type SkillDecision =
  | { kind: 'merge'; from: string[]; into: string[]; name: string }
  | { kind: 'rename'; spellings: string[]; name: string }
  | { kind: 'split'; spellings: string[]; name: string; rest: string[] }
  | { kind: 'notSame'; a: string[]; b: string[] };

export interface SharedVocabulary {
  known: KnownSkill[];
  /** Pairs of key sets the coordinator said are different skills. */
  notSame: Array<[ReadonlySet<string>, ReadonlySet<string>]>;
}

interface Group {
  name: string | null;
  keys: Map<string, string>;
}

/** Replays the decisions over the synonym list. */
export function sharedVocabulary(decisions: readonly SkillDecision[]): SharedVocabulary {
  const groups: Group[] = [];
  const groupOf = new Map<string, Group>();
  const put = (group: Group, spelling: string, keys = spellingKeys(spelling)) => {
    for (const key of keys) {
      const before = groupOf.get(key);
      if (before && before !== group) before.keys.delete(key);
      groupOf.set(key, group);
      group.keys.set(key, spelling);
    }
  };
  const fresh = (name: string | null): Group => {
    const group: Group = { name, keys: new Map() };
    groups.push(group);
    return group;
  };
  for (const spellings of synonymGroups) {
    const group = fresh(null);
    for (const spelling of spellings) if (!spellingKeys(spelling).some((key) => groupOf.has(key))) put(group, spelling);
  }
  /** One group holding every given spelling (and whatever was known to go with them), named `name`. */
  const unite = (spellings: readonly string[], name: string): void => {
    const target = groupOf.get(spellingKeys(name)[0] ?? '') ?? spellings.map((s) => groupOf.get(spellingKeys(s)[0] ?? '')).find(Boolean) ?? fresh(null);
    for (const spelling of spellings) {
      for (const key of spellingKeys(spelling)) {
        const other = groupOf.get(key);
        if (other && other !== target) for (const [k, s] of [...other.keys]) put(target, s, [k]);
      }
      put(target, spelling);
    }
    put(target, name);
    target.name = name;
  };
  const notSame: SharedVocabulary['notSame'] = [];
  for (const decision of decisions) {
    if (decision.kind === 'merge') unite([...decision.into, ...decision.from], decision.name);
    else if (decision.kind === 'rename') unite(decision.spellings, decision.name);
    else if (decision.kind === 'split') {
      const staying = new Set(decision.rest.flatMap((s) => spellingKeys(s)));
      const group = fresh(decision.name);
      for (const spelling of [...decision.spellings, decision.name]) put(group, spelling, spellingKeys(spelling).filter((key) => !staying.has(key)));
    } else {
      notSame.push([new Set(decision.a.flatMap((s) => spellingKeys(s))), new Set(decision.b.flatMap((s) => spellingKeys(s)))]);
    }
  }
  return { known: groups.filter((g) => g.keys.size > 0).map((g) => ({ name: g.name, keys: g.keys })), notSame };
}

/** Whether the coordinator said these two skills (by their keys) are not the same. */
export function markedNotSame(notSame: SharedVocabulary['notSame'], a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): boolean {
  const has = (set: ReadonlySet<string>, keys: ReadonlySet<string> | readonly string[]) => [...keys].some((key) => set.has(key));
  return notSame.some(([x, y]) => (has(x, a) && has(y, b)) || (has(x, b) && has(y, a)));
}
