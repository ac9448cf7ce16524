import type { PairKind, Pairing, Participant, Proposal, RuleCode, Settings, Violation } from './domain';

// The program's hard rules for one assignment, shared by the backend (which enforces them) and the
// board (which shows them live while dragging). Pure: plain data in, violations out.

export type RuleParticipant = Pick<Participant, 'id' | 'level' | 'kind' | 'capacity' | 'closed' | 'offers' | 'seeks'>;
export type RuleSettings = Pick<Settings, 'groupSizeLimit' | 'mentorsPerMentee' | 'peerSameLevel' | 'allowMutual'>;

export interface RuleContext {
  participants: ReadonlyMap<string, RuleParticipant>;
  pairings: ReadonlyArray<Pick<Pairing, 'mentorId' | 'menteeId'>>;
  /** Keys `mentorId|menteeId` of declined proposals. */
  declined: ReadonlySet<string>;
  settings: RuleSettings;
}

export interface AssignmentIntent {
  menteeId: string;
  mentorId: string;
  fromMentorId?: string | null;
  skill?: string | null;
}

export const pairKey = (mentorId: string, menteeId: string) => `${mentorId}|${menteeId}`;

/**
 * The `declined` keys of the rules: pairs a mentor declined through the coordinator. The board's own
 * declines (the mentor closed or full) are not among them: they end when she reopens or frees a seat.
 */
export function declinedKeys(proposals: Iterable<Pick<Proposal, 'status' | 'automatic' | 'mentorId' | 'menteeId'>>): Set<string> {
  const keys = new Set<string>();
  for (const p of proposals) if (p.status === 'declined' && !p.automatic) keys.add(pairKey(p.mentorId, p.menteeId));
  return keys;
}

/** Peer mentors take one mentee of their own level; everyone else mentors a group. */
export function pairKindFor(mentor: Pick<RuleParticipant, 'kind'>): PairKind {
  return mentor.kind === 'peer' ? 'peer' : 'group';
}

/** How many mentees a mentor can take under the cohort's rules. */
export function effectiveCapacity(mentor: Pick<RuleParticipant, 'kind' | 'capacity'>, settings: Pick<RuleSettings, 'groupSizeLimit'>): number {
  return pairKindFor(mentor) === 'peer' ? Math.min(1, mentor.capacity) : Math.min(mentor.capacity, settings.groupSizeLimit);
}

/** The skill a pair is about: the requested one, else the first sought skill the mentor offers. */
export function pairSkill(mentor: RuleParticipant, mentee: RuleParticipant, requested?: string | null): string | null {
  if (requested) return requested;
  return mentee.seeks.find((s) => mentor.offers.includes(s)) ?? mentee.seeks[0] ?? null;
}

function violation(code: RuleCode, params: Violation['params'] = {}, overridable = true): Violation {
  return { code, overridable, params };
}

export function checkAssignment(context: RuleContext, intent: AssignmentIntent): Violation[] {
  const { participants, pairings, declined, settings } = context;
  const { menteeId, mentorId } = intent;
  const moving = intent.fromMentorId ?? null;
  if (menteeId === mentorId) return [violation('self', {}, false)];
  const mentor = participants.get(mentorId);
  const mentee = participants.get(menteeId);
  if (!mentor || !mentee) return [violation('self', {}, false)];
  if (moving !== mentorId && pairings.some((p) => p.mentorId === mentorId && p.menteeId === menteeId)) {
    return [violation('duplicate', {}, false)];
  }

  const found: Violation[] = [];
  const kind = pairKindFor(mentor);
  const menteesOfMentor = pairings.filter((p) => p.mentorId === mentorId && p.menteeId !== menteeId).length;
  if (mentor.closed) found.push(violation('closed'));
  if (kind === 'peer' && menteesOfMentor >= 1) found.push(violation('peer_single', { count: menteesOfMentor }));
  else if (kind === 'group' && menteesOfMentor >= settings.groupSizeLimit) {
    found.push(violation('group_size', { count: menteesOfMentor, limit: settings.groupSizeLimit }));
  } else if (menteesOfMentor >= mentor.capacity) found.push(violation('capacity', { count: menteesOfMentor, capacity: mentor.capacity }));

  const skill = pairSkill(mentor, mentee, intent.skill);
  if (!skill || !mentor.offers.includes(skill)) found.push(violation('skill', { skill: skill ?? '' }));
  if (kind === 'peer' && settings.peerSameLevel && mentor.level !== mentee.level) {
    found.push(violation('level', { mentorLevel: mentor.level, menteeLevel: mentee.level }));
  }
  const mentorsOfMentee = pairings.filter((p) => p.menteeId === menteeId && p.mentorId !== moving && p.mentorId !== mentorId).length;
  if (mentorsOfMentee >= settings.mentorsPerMentee) found.push(violation('mentor_limit', { count: mentorsOfMentee, limit: settings.mentorsPerMentee }));
  if (declined.has(pairKey(mentorId, menteeId))) found.push(violation('declined'));
  if (!settings.allowMutual && pairings.some((p) => p.mentorId === menteeId && p.menteeId === mentorId)) found.push(violation('mutual'));
  return found;
}
