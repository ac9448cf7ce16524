import type { Pairing, Participant, Proposal, Settings } from '../../../shared/domain';
import { effectiveCapacity, pairKindFor } from '../../../shared/rules';
import { queryMatcher } from '../search';
import { columnPasses, poolPasses, type BoardFilter } from './filters';

// The board as pure data: which mentors (or groups) are columns, who sits in each, who waits in the
// pool, and what a drop means. No React here, so every rule of the layout is unit-tested.

/** Mentors: one column per mentor. Groups: one column per group mentor and skill (group mentoring). */
export type BoardMode = 'mentors' | 'groups';
/** Every mode, in the order the filter bar's switch shows them (and the values a saved choice may take). */
export const boardModes: readonly BoardMode[] = ['mentors', 'groups'];

export interface BoardCard {
  mentee: Participant;
  pairing: Pairing | null;
  /** Names of the mentors this mentee has a proposal waiting with, joined; '' when none. A string so card memoization holds. */
  pendingTo: string;
}

export interface BoardColumn {
  /** The column's drop id part: the mentor's id, or mentor and skill for a group. */
  key: string;
  mentor: Participant;
  /** A group's skill; null for a mentor's column (or a group whose pairings name no skill). */
  skill: string | null;
  cards: BoardCard[];
  used: number;
  total: number;
  full: boolean;
  closed: boolean;
  /** The mentor holds more mentees than their capacity allows (overridden rules). */
  over: boolean;
  /** Pending proposals addressed to this mentor (for a group: about its skill, or about no skill). */
  pending: number;
}

export interface Board {
  columns: BoardColumn[];
  pool: BoardCard[];
  totalMentors: number;
  /** Every column before filtering, by key: drops resolve through it even when the target was filtered away. */
  byKey: ReadonlyMap<string, BoardColumn>;
}

/**
 * The board before the filter bar has its say: every column of the mode and everyone who may still take
 * a mentor. Built apart from the filter so that a search keystroke only re-filters, never rebuilds.
 */
export type BoardLayout = Board;

export const poolId = 'pool';
/** Keys never contain ':' (skills are URI-encoded), so card ids split unambiguously. */
export const groupKey = (mentorId: string, skill: string | null) => `${mentorId}~${encodeURIComponent(skill ?? '')}`;
/** A column's key on the board of `mode`: the mentor's id, or the group's key (mentor and skill). */
export const columnKey = (mode: BoardMode, mentorId: string, skill: string | null) => (mode === 'groups' ? groupKey(mentorId, skill) : mentorId);
export const columnDropId = (key: string) => `column:${key}`;
export const cardDragId = (columnKey: string | null, menteeId: string) => `card:${columnKey ?? poolId}:${menteeId}`;

export function parseDropId(id: string): { kind: 'pool' } | { kind: 'column'; key: string } | null {
  if (id === poolId) return { kind: 'pool' };
  if (id.startsWith('column:')) return { kind: 'column', key: id.slice(7) };
  return null;
}

export function parseCardId(id: string): { key: string | null; menteeId: string } | null {
  const match = /^card:([^:]+):(.+)$/.exec(id);
  if (!match) return null;
  return { key: match[1] === poolId ? null : match[1], menteeId: match[2] };
}

/**
 * A column's name: the mentor, or mentor and skill for a group. One wording for the column's aria-label,
 * the drag announcements and the "Assign to…" list, so each names a column as the others do.
 */
export function columnLabel(t: (key: string, params?: Record<string, unknown>) => string, column: Pick<BoardColumn, 'mentor' | 'skill'>): string {
  return column.skill === null ? column.mentor.name : t('board.groupLabel', { mentor: column.mentor.name, skill: column.skill });
}

/** Whether a column offers what the selected mentee seeks: such columns are highlighted. */
export function offersWanted(column: Pick<BoardColumn, 'mentor' | 'skill'>, mentee: Pick<Participant, 'seeks' | 'id'> | undefined): boolean {
  if (!mentee || column.mentor.id === mentee.id) return false;
  return column.skill === null ? mentee.seeks.some((s) => column.mentor.offers.includes(s)) : mentee.seeks.includes(column.skill);
}

const none: readonly Proposal[] = [];
const bySortOrder = (a: Pairing, b: Pairing) => a.sortOrder - b.sortOrder || a.id - b.id;

export function layoutBoard(
  participants: readonly Participant[],
  pairings: readonly Pairing[],
  settings: Settings,
  { proposals = none, mode = 'mentors' }: { proposals?: readonly Proposal[]; mode?: BoardMode } = {},
): BoardLayout {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const byMentor = new Map<string, Pairing[]>();
  const mentorCount = new Map<string, number>();
  for (const pairing of pairings) {
    const list = byMentor.get(pairing.mentorId);
    if (list) list.push(pairing);
    else byMentor.set(pairing.mentorId, [pairing]);
    mentorCount.set(pairing.menteeId, (mentorCount.get(pairing.menteeId) ?? 0) + 1);
  }
  const pendingTo = new Map<string, string[]>();
  const pendingFor = new Map<string, Proposal[]>();
  for (const proposal of proposals) {
    if (proposal.status !== 'pending') continue;
    const names = pendingTo.get(proposal.menteeId) ?? [];
    names.push(byId.get(proposal.mentorId)?.name ?? proposal.mentorId);
    pendingTo.set(proposal.menteeId, names);
    const list = pendingFor.get(proposal.mentorId) ?? [];
    list.push(proposal);
    pendingFor.set(proposal.mentorId, list);
  }
  const cardOf = (mentee: Participant, pairing: Pairing | null): BoardCard => ({ mentee, pairing, pendingTo: pendingTo.get(mentee.id)?.join(', ') ?? '' });

  const mentors = participants.filter((p) => (p.offers.length > 0 && p.capacity > 0) || byMentor.has(p.id));
  const all: BoardColumn[] = [];
  for (const mentor of mentors) {
    const own = (byMentor.get(mentor.id) ?? []).slice().sort(bySortOrder);
    const capacity = effectiveCapacity(mentor, settings);
    const over = own.length > capacity;
    const proposalsTo = pendingFor.get(mentor.id) ?? none;
    const column = (key: string, skill: string | null, list: Pairing[], total: number): BoardColumn => {
      const cards = list.flatMap((pairing) => {
        const mentee = byId.get(pairing.menteeId);
        return mentee ? [cardOf(mentee, pairing)] : [];
      });
      const pending = skill === null ? proposalsTo.length : proposalsTo.filter((p) => p.skill === null || p.skill === skill).length;
      return { key, mentor, skill, cards, used: cards.length, total, full: own.length >= capacity, closed: mentor.closed, over, pending };
    };
    if (mode === 'mentors') {
      all.push(column(columnKey(mode, mentor.id, null), null, own, capacity));
      continue;
    }
    if (pairKindFor(mentor) !== 'group') continue;
    // A group per offered skill, plus one for any skill its pairings name that the mentor no longer offers.
    const skills: Array<string | null> = [...mentor.offers];
    for (const p of own) if (!skills.includes(p.skill)) skills.push(p.skill);
    const free = Math.max(0, capacity - own.length);
    for (const skill of skills) {
      const members = own.filter((p) => p.skill === skill);
      // The mentor's seats are shared by their groups: each can grow by the seats still free.
      all.push(column(columnKey(mode, mentor.id, skill), skill, members, members.length + free));
    }
  }
  const pool = participants
    .filter((p) => (mentorCount.get(p.id) ?? 0) < settings.mentorsPerMentee)
    .sort((a, b) => Number(b.seeks.length > 0) - Number(a.seeks.length > 0))
    .map((mentee) => cardOf(mentee, null));
  return { columns: all, pool, totalMentors: mentors.length, byKey: new Map(all.map((c) => [c.key, c])) };
}

/** The columns and pool cards the filter lets through; the sort stays the layout's (filtering keeps order). */
export function filterBoard(layout: BoardLayout, filter: BoardFilter): Board {
  const matches = queryMatcher(filter.query);
  return {
    columns: layout.columns.filter((c) => columnPasses(c, filter, matches)),
    pool: layout.pool.filter((card) => poolPasses(card, filter, matches)),
    totalMentors: layout.totalMentors,
    byKey: layout.byKey,
  };
}

/**
 * Where a drop lands among the mentor's own pairings: a group shows only some of them, but the
 * backend orders all of a mentor's mentees in one list.
 */
export function mentorIndex(column: Pick<BoardColumn, 'skill' | 'cards'>, allOfMentor: readonly Pairing[], index: number | undefined): number | undefined {
  if (column.skill === null || index === undefined) return index;
  const sorted = allOfMentor.slice().sort(bySortOrder);
  const at = column.cards[index]?.mentee.id;
  if (at) return Math.max(0, sorted.findIndex((p) => p.menteeId === at));
  const last = column.cards.at(-1)?.mentee.id;
  return last ? sorted.findIndex((p) => p.menteeId === last) + 1 : sorted.length;
}

export type DropTarget = { kind: 'pool' } | { kind: 'column'; mentorId: string; skill?: string | null; index?: number };

export type DropOutcome =
  | { type: 'assign'; menteeId: string; mentorId: string; index: number; skill?: string | null }
  | { type: 'move'; menteeId: string; fromMentorId: string; mentorId: string; index: number; skill?: string | null }
  | { type: 'reorder'; menteeId: string; mentorId: string; index: number }
  | { type: 'unassign'; menteeId: string; mentorId: string }
  | { type: 'none' };

/**
 * What dropping a card (from the pool or a column) on a target (the pool, a column, a card's slot)
 * means. A target skill (group board) travels with the assignment; moving between two groups of the
 * same mentor is a move that changes the pair's skill.
 */
export function dropOutcome(
  dragged: { menteeId: string; mentorId: string | null; skill?: string | null },
  target: DropTarget,
  columnLength: number,
): DropOutcome {
  if (target.kind === 'pool') {
    return dragged.mentorId ? { type: 'unassign', menteeId: dragged.menteeId, mentorId: dragged.mentorId } : { type: 'none' };
  }
  const index = Math.max(0, Math.min(target.index ?? columnLength, columnLength));
  const skill = target.skill === undefined ? {} : { skill: target.skill };
  if (dragged.mentorId === null) return { type: 'assign', menteeId: dragged.menteeId, mentorId: target.mentorId, index, ...skill };
  if (dragged.mentorId === target.mentorId && (target.skill === undefined || target.skill === dragged.skill)) {
    return { type: 'reorder', menteeId: dragged.menteeId, mentorId: target.mentorId, index };
  }
  return { type: 'move', menteeId: dragged.menteeId, fromMentorId: dragged.mentorId, mentorId: target.mentorId, index, ...skill };
}
