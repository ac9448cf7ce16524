import type { Pairing, Participant, Proposal, Settings } from '../../../shared/domain';
import { effectiveCapacity, pairKindFor } from '../../../shared/rules';
import { queryMatcher } from '../search';
import { columnPasses, poolPasses, type BoardFilter } from './filters';

// The board as pure data: which mentors (or groups) are columns, who sits in each, who waits in the
// pool, and what a drop means. No React here, so every rule of the layout is unit-tested.

/**
 * Mentors: one column per mentor. Groups: one column per group mentor, holding her group mentees whatever
 * skill each came for (src/shared/groups.ts says what a group is, for every screen and document).
 */
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
  /** The column's drop id part: the mentor's id. */
  key: string;
  mentor: Participant;
  cards: BoardCard[];
  used: number;
  total: number;
  full: boolean;
  closed: boolean;
  /** The mentor holds more mentees than their capacity allows (overridden rules). */
  over: boolean;
  /** Pending proposals addressed to this mentor. */
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

/** Whether a column's mentor offers what the selected mentee seeks: such columns are highlighted. */
export function offersWanted(column: Pick<BoardColumn, 'mentor'>, mentee: Pick<Participant, 'seeks' | 'id'> | undefined): boolean {
  if (!mentee || column.mentor.id === mentee.id) return false;
  return mentee.seeks.some((s) => column.mentor.offers.includes(s));
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
  const pendingFor = new Map<string, number>();
  for (const proposal of proposals) {
    if (proposal.status !== 'pending') continue;
    const names = pendingTo.get(proposal.menteeId) ?? [];
    names.push(byId.get(proposal.mentorId)?.name ?? proposal.mentorId);
    pendingTo.set(proposal.menteeId, names);
    pendingFor.set(proposal.mentorId, (pendingFor.get(proposal.mentorId) ?? 0) + 1);
  }
  const cardOf = (mentee: Participant, pairing: Pairing | null): BoardCard => ({ mentee, pairing, pendingTo: pendingTo.get(mentee.id)?.join(', ') ?? '' });

  // The group board: group mentors (and anyone still holding group pairings), each with her group mentees.
  const inMode = (mentor: Participant) => mode === 'mentors' || pairKindFor(mentor) === 'group' || (byMentor.get(mentor.id) ?? []).some((p) => p.kind === 'group');
  const mentors = participants.filter((p) => (p.offers.length > 0 && p.capacity > 0) || byMentor.has(p.id));
  const all: BoardColumn[] = [];
  for (const mentor of mentors) {
    if (!inMode(mentor)) continue;
    const own = (byMentor.get(mentor.id) ?? []).filter((p) => mode === 'mentors' || p.kind === 'group').sort(bySortOrder);
    const capacity = effectiveCapacity(mentor, settings);
    // Her seats are counted once, against all her mentees (a peer pair kept on a group mentor included).
    const taken = byMentor.get(mentor.id)?.length ?? 0;
    const cards = own.flatMap((pairing) => {
      const mentee = byId.get(pairing.menteeId);
      return mentee ? [cardOf(mentee, pairing)] : [];
    });
    all.push({
      key: mentor.id, mentor, cards, used: taken, total: capacity, full: taken >= capacity, closed: mentor.closed, over: taken > capacity,
      pending: pendingFor.get(mentor.id) ?? 0,
    });
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

export type DropTarget = { kind: 'pool' } | { kind: 'column'; mentorId: string; index?: number };

export type DropOutcome =
  | { type: 'assign'; menteeId: string; mentorId: string; index: number }
  | { type: 'move'; menteeId: string; fromMentorId: string; mentorId: string; index: number }
  | { type: 'reorder'; menteeId: string; mentorId: string; index: number }
  | { type: 'unassign'; menteeId: string; mentorId: string }
  | { type: 'none' };

/** What dropping a card (from the pool or a column) on a target (the pool, a column, a card's slot) means. */
export function dropOutcome(dragged: { menteeId: string; mentorId: string | null }, target: DropTarget, columnLength: number): DropOutcome {
  if (target.kind === 'pool') {
    return dragged.mentorId ? { type: 'unassign', menteeId: dragged.menteeId, mentorId: dragged.mentorId } : { type: 'none' };
  }
  const index = Math.max(0, Math.min(target.index ?? columnLength, columnLength));
  if (dragged.mentorId === null) return { type: 'assign', menteeId: dragged.menteeId, mentorId: target.mentorId, index };
  if (dragged.mentorId === target.mentorId) return { type: 'reorder', menteeId: dragged.menteeId, mentorId: target.mentorId, index };
  return { type: 'move', menteeId: dragged.menteeId, fromMentorId: dragged.mentorId, mentorId: target.mentorId, index };
}
