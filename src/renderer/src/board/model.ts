import type { Pairing, Participant, Settings } from '../../../shared/domain';
import { effectiveCapacity } from '../../../shared/rules';

// The board as pure data: which mentors are columns, who sits in each, who waits in the pool, and what
// a drop means. No React here, so every rule of the layout is unit-tested.

export interface BoardCard {
  mentee: Participant;
  pairing: Pairing | null;
}

export interface BoardColumn {
  mentor: Participant;
  cards: BoardCard[];
  used: number;
  total: number;
  full: boolean;
  closed: boolean;
}

export interface BoardFilter {
  query: string;
  skill: string;
}

export interface Board {
  columns: BoardColumn[];
  pool: BoardCard[];
  totalMentors: number;
}

export const poolId = 'pool';
export const columnDropId = (mentorId: string) => `column:${mentorId}`;
export const cardDragId = (mentorId: string | null, menteeId: string) => `card:${mentorId ?? poolId}:${menteeId}`;

export function parseDropId(id: string): { kind: 'pool' } | { kind: 'column'; mentorId: string } | null {
  if (id === poolId) return { kind: 'pool' };
  if (id.startsWith('column:')) return { kind: 'column', mentorId: id.slice(7) };
  return null;
}

export function parseCardId(id: string): { mentorId: string | null; menteeId: string } | null {
  const match = /^card:([^:]+):(.+)$/.exec(id);
  if (!match) return null;
  return { mentorId: match[1] === poolId ? null : match[1], menteeId: match[2] };
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function matchesQuery(person: Participant, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  // People type Indonesian numbers as 0812…; they are stored as +62812….
  const digits = q.replace(/\D/g, '').replace(/^0/, '62');
  return fold(person.name).includes(q) || fold(person.nickname).includes(q) || (digits.length >= 3 && person.phone.replace(/\D/g, '').includes(digits));
}

export function isMentor(person: Participant, pairings: readonly Pairing[]): boolean {
  return (person.offers.length > 0 && person.capacity > 0) || pairings.some((p) => p.mentorId === person.id);
}

export function buildBoard(participants: readonly Participant[], pairings: readonly Pairing[], settings: Settings, filter: BoardFilter): Board {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const byMentor = new Map<string, Pairing[]>();
  const mentorCount = new Map<string, number>();
  for (const pairing of pairings) {
    const list = byMentor.get(pairing.mentorId);
    if (list) list.push(pairing);
    else byMentor.set(pairing.mentorId, [pairing]);
    mentorCount.set(pairing.menteeId, (mentorCount.get(pairing.menteeId) ?? 0) + 1);
  }
  const mentors = participants.filter((p) => (p.offers.length > 0 && p.capacity > 0) || byMentor.has(p.id));
  const columns: BoardColumn[] = [];
  for (const mentor of mentors) {
    const cards = (byMentor.get(mentor.id) ?? [])
      .slice()
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
      .flatMap((pairing) => {
        const mentee = byId.get(pairing.menteeId);
        return mentee ? [{ mentee, pairing }] : [];
      });
    const total = effectiveCapacity(mentor, settings);
    const skillOk = !filter.skill || mentor.offers.includes(filter.skill);
    const queryOk = !filter.query || matchesQuery(mentor, filter.query) || cards.some((c) => matchesQuery(c.mentee, filter.query));
    if (!skillOk || !queryOk) continue;
    columns.push({ mentor, cards, used: cards.length, total, full: cards.length >= total, closed: mentor.closed });
  }
  const pool = participants
    .filter((p) => (mentorCount.get(p.id) ?? 0) < settings.mentorsPerMentee)
    .filter((p) => matchesQuery(p, filter.query) && (!filter.skill || p.seeks.includes(filter.skill)))
    .sort((a, b) => Number(b.seeks.length > 0) - Number(a.seeks.length > 0))
    .map((mentee) => ({ mentee, pairing: null }));
  return { columns, pool, totalMentors: mentors.length };
}

export type DropOutcome =
  | { type: 'assign'; menteeId: string; mentorId: string; index: number }
  | { type: 'move'; menteeId: string; fromMentorId: string; mentorId: string; index: number }
  | { type: 'reorder'; menteeId: string; mentorId: string; index: number }
  | { type: 'unassign'; menteeId: string; mentorId: string }
  | { type: 'none' };

/** What dropping a card (from the pool or a mentor) on a target (the pool, a column, a card's slot) means. */
export function dropOutcome(
  dragged: { menteeId: string; mentorId: string | null },
  target: { kind: 'pool' } | { kind: 'column'; mentorId: string; index?: number },
  columnLength: number,
): DropOutcome {
  if (target.kind === 'pool') {
    return dragged.mentorId ? { type: 'unassign', menteeId: dragged.menteeId, mentorId: dragged.mentorId } : { type: 'none' };
  }
  const index = Math.max(0, Math.min(target.index ?? columnLength, columnLength));
  if (dragged.mentorId === null) return { type: 'assign', menteeId: dragged.menteeId, mentorId: target.mentorId, index };
  if (dragged.mentorId === target.mentorId) return { type: 'reorder', menteeId: dragged.menteeId, mentorId: target.mentorId, index };
  return { type: 'move', menteeId: dragged.menteeId, fromMentorId: dragged.mentorId, mentorId: target.mentorId, index };
}
