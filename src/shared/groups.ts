import type { PairKind } from './domain';

// What a group is, in one place for the board, the rosters, the WhatsApp text, the exports and the
// journal tracker: a mentor with all her group mentees, whatever skill each of them came for; a peer pair
// is its own unit. Groups are numbered apart from peer pairs, each in the order of their mentors' names,
// so "Group 3 of 12" on a roster page is the twelve groups the group board counts.

export interface GroupedPairing {
  mentorId: string;
  menteeId: string;
  kind: PairKind;
  skill: string | null;
}

export interface PairGroup<P extends GroupedPairing> {
  /** 'g:<mentor>' for a group, 'p:<mentor>:<mentee>' for a peer pair (also the journal tracker's unit). */
  key: string;
  mentorId: string;
  kind: PairKind;
  /** The distinct skills of its pairings, in the order they come. */
  skills: string[];
  /** In board order (as given). */
  pairings: P[];
  /** 1-based, among the groups of its kind. */
  number: number;
}

export function groupKeyOf(kind: PairKind, mentorId: string, menteeId: string): string {
  return kind === 'peer' ? `p:${mentorId}:${menteeId}` : `g:${mentorId}`;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * The groups and peer pairs of these pairings, sorted by mentor name (a mentor's group before her peer
 * pairs, peer pairs by mentee name) and numbered within their kind.
 */
export function groupsOf<P extends GroupedPairing>(pairings: readonly P[], nameOf: (id: string) => string): Array<PairGroup<P>> {
  const groups = new Map<string, PairGroup<P>>();
  for (const p of pairings) {
    const key = groupKeyOf(p.kind, p.mentorId, p.menteeId);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, mentorId: p.mentorId, kind: p.kind, skills: [], pairings: [], number: 0 }));
    group.pairings.push(p);
    const skill = p.skill?.trim();
    if (skill && !group.skills.includes(skill)) group.skills.push(skill);
  }
  const sortKey = (g: PairGroup<P>) => [nameOf(g.mentorId), g.kind === 'group' ? '0' : '1', nameOf(g.pairings[0]?.menteeId ?? '')];
  const sorted = [...groups.values()].sort((a, b) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    for (let i = 0; i < ka.length; i++) {
      const order = collator.compare(ka[i], kb[i]);
      if (order !== 0) return order;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  const counted = { group: 0, peer: 0 };
  for (const group of sorted) group.number = ++counted[group.kind];
  return sorted;
}
