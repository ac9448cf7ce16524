import type { Participant } from '../../../shared/domain';
import type { BoardCard, BoardColumn } from './model';

// What the board's filter bar can ask for, and the tests each column and pool card must pass.
// Pure: the board model applies these to the built board (filterBoard), so nothing filtered is ever rendered.

export interface BoardFilter {
  /** Name, nickname or phone (typed as 0812… or +62812…). */
  query: string;
  skill: string;
  level: string;
  region: string;
  /** Mentors nobody is assigned to yet (the pool holds the unassigned mentees anyway). */
  unassignedOnly: boolean;
  /** Mentors holding more mentees than their capacity, after overridden rules. */
  overCapacity: boolean;
  /** People with a proposal still waiting for the mentor's answer. */
  pendingOnly: boolean;
}

export const emptyFilter: BoardFilter = {
  query: '', skill: '', level: '', region: '', unassignedOnly: false, overCapacity: false, pendingOnly: false,
};

/** How many filters beyond the search box are on: shown on the filter bar's reset button. */
export function activeFilterCount(filter: BoardFilter): number {
  return [filter.skill, filter.level, filter.region, filter.unassignedOnly, filter.overCapacity, filter.pendingOnly].filter(Boolean).length;
}

/** The level and region tests, shared by mentors (columns) and mentees (the pool). */
function matchesPlace(person: Pick<Participant, 'level' | 'region'>, filter: Pick<BoardFilter, 'level' | 'region'>): boolean {
  return (!filter.level || person.level === filter.level) && (!filter.region || person.region === filter.region);
}

/** A built column's test, read straight off it: no per-keystroke copy of each column. */
export function columnPasses(
  column: Pick<BoardColumn, 'mentor' | 'cards' | 'used' | 'over' | 'pending'>,
  filter: BoardFilter,
  matches: (person: Participant) => boolean,
): boolean {
  const { mentor } = column;
  if (filter.skill && !mentor.offers.includes(filter.skill)) return false;
  if (!matchesPlace(mentor, filter)) return false;
  if (filter.unassignedOnly && column.used > 0) return false;
  if (filter.overCapacity && !column.over) return false;
  // "Pending" means a proposal to this mentor, or a card whose mentee has one anywhere.
  if (filter.pendingOnly && !(column.pending > 0 || column.cards.some((card) => card.pendingTo !== ''))) return false;
  return !filter.query || matches(mentor) || column.cards.some((card) => matches(card.mentee));
}

/** The pool's test; "unassigned only" and "over capacity" are about mentors and leave the pool alone. */
export function poolPasses(card: Pick<BoardCard, 'mentee' | 'pendingTo'>, filter: BoardFilter, matches: (person: Participant) => boolean): boolean {
  const { mentee } = card;
  return matches(mentee)
    && (!filter.skill || mentee.seeks.includes(filter.skill))
    && matchesPlace(mentee, filter)
    && (!filter.pendingOnly || card.pendingTo !== '');
}

// One collator for every sort: localeCompare with options builds a new one per comparison (slow on 5,000 people).
const collator = new Intl.Collator(undefined, { numeric: true });

/** The choices of the filter bar's selects, from the people in the cohort. */
export function filterChoices(participants: readonly Participant[]): { skills: string[]; levels: string[]; regions: string[] } {
  const skills = new Set<string>();
  const levels = new Set<string>();
  const regions = new Set<string>();
  for (const p of participants) {
    for (const s of p.offers) skills.add(s);
    if (p.level) levels.add(p.level);
    if (p.region) regions.add(p.region);
  }
  const sorted = (set: Set<string>) => [...set].sort(collator.compare);
  return { skills: sorted(skills), levels: sorted(levels), regions: sorted(regions) };
}
