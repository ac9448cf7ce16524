import { normalizeWeights, scorePair, seatCost } from '../../../src/main/core/matching/score';
import type { MatchInput, MatchParticipant, SuggestedPair } from '../../../src/main/core/matching/types';

// An independent, deliberately naive statement of the program's rules, written from the brief and not
// from the engine's code. Brute force, the HiGHS model and the rule checker are built on it.

export interface ReferenceTriple {
  mentor: string;
  mentee: string;
  skill: string;
  score: number;
}

export interface ReferenceModel {
  triples: ReferenceTriple[];
  /** Seats still free per mentor and the seat number the first of them has (fixed pairs come first). */
  freeSeats: Map<string, number>;
  firstSeat: Map<string, number>;
  /** Mentors a mentee may still get. */
  menteeRoom: Map<string, number>;
  spread: number;
}

const pairKey = (mentor: string, mentee: string): string => `${mentor}\u0000${mentee}`;

export function capacityOf(person: MatchParticipant, groupSizeLimit: number): number {
  if (person.closed) return 0;
  return person.kind === 'peer' ? Math.min(1, person.capacity) : Math.min(person.capacity, groupSizeLimit);
}

export function referenceModel(input: MatchInput): ReferenceModel {
  const { settings } = input;
  const weights = normalizeWeights(settings.weights);
  const fixedMentees = new Map<string, number>();
  const fixedMentors = new Map<string, number>();
  const coveredSkills = new Map<string, Set<string>>();
  const forbidden = new Set<string>();
  for (const pair of input.fixed) {
    fixedMentees.set(pair.mentorId, (fixedMentees.get(pair.mentorId) ?? 0) + 1);
    fixedMentors.set(pair.menteeId, (fixedMentors.get(pair.menteeId) ?? 0) + 1);
    if (pair.skill !== null) coveredSkills.set(pair.menteeId, new Set([...(coveredSkills.get(pair.menteeId) ?? []), pair.skill]));
    forbidden.add(pairKey(pair.mentorId, pair.menteeId));
    if (!settings.allowMutual) forbidden.add(pairKey(pair.menteeId, pair.mentorId));
  }
  for (const pair of [...input.declined, ...input.rejected]) forbidden.add(pairKey(pair.mentorId, pair.menteeId));

  const freeSeats = new Map<string, number>();
  const firstSeat = new Map<string, number>();
  const menteeRoom = new Map<string, number>();
  for (const person of input.participants) {
    const fixed = fixedMentees.get(person.id) ?? 0;
    freeSeats.set(person.id, Math.max(0, capacityOf(person, settings.groupSizeLimit) - fixed));
    firstSeat.set(person.id, fixed + 1);
    menteeRoom.set(person.id, Math.max(0, settings.mentorsPerMentee - (fixedMentors.get(person.id) ?? 0)));
  }

  const triples: ReferenceTriple[] = [];
  for (const mentor of input.participants) {
    for (const mentee of input.participants) {
      if (mentor.id === mentee.id || forbidden.has(pairKey(mentor.id, mentee.id))) continue;
      if ((freeSeats.get(mentor.id) ?? 0) <= 0 || (menteeRoom.get(mentee.id) ?? 0) <= 0) continue;
      if (mentor.kind === 'peer' && settings.peerSameLevel && mentor.level !== mentee.level) continue;
      for (const skill of new Set(mentee.seeks)) {
        if (!mentor.offers.includes(skill) || coveredSkills.get(mentee.id)?.has(skill)) continue;
        triples.push({ mentor: mentor.id, mentee: mentee.id, skill, score: scorePair(mentor, mentee, skill, weights).score });
      }
    }
  }
  return { triples, freeSeats, firstSeat, menteeRoom, spread: weights.spread };
}

/** Value of a set of chosen triples: scores minus the spread cost of the seats they take. */
export function referenceValue(model: ReferenceModel, chosen: ReferenceTriple[]): number {
  const load = new Map<string, number>();
  let value = 0;
  for (const triple of chosen) {
    const taken = load.get(triple.mentor) ?? 0;
    value += triple.score - seatCost((model.firstSeat.get(triple.mentor) ?? 1) + taken, model.spread);
    load.set(triple.mentor, taken + 1);
  }
  return value;
}

/** Every broken hard rule in a result, as readable strings (empty when all hold). */
export function ruleViolations(input: MatchInput, pairs: SuggestedPair[]): string[] {
  const model = referenceModel(input);
  const valid = new Set(model.triples.map((t) => `${pairKey(t.mentor, t.mentee)}\u0000${t.skill}`));
  const problems: string[] = [];
  const load = new Map<string, number>();
  const mentorsOf = new Map<string, string[]>();
  const skillsOf = new Map<string, string[]>();
  const byId = new Map(input.participants.map((p) => [p.id, p]));
  for (const pair of pairs) {
    const label = `${pair.mentorId}→${pair.menteeId} (${pair.skill})`;
    if (!valid.has(`${pairKey(pair.mentorId, pair.menteeId)}\u0000${pair.skill}`)) problems.push(`not a valid candidate: ${label}`);
    load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
    mentorsOf.set(pair.menteeId, [...(mentorsOf.get(pair.menteeId) ?? []), pair.mentorId]);
    skillsOf.set(pair.menteeId, [...(skillsOf.get(pair.menteeId) ?? []), pair.skill]);
    const kind = byId.get(pair.mentorId)?.kind === 'peer' ? 'peer' : 'group';
    if (pair.kind !== kind) problems.push(`wrong kind: ${label}`);
    if (pair.score !== pair.reasons.reduce((sum, r) => sum + r.points, 0)) problems.push(`score is not the sum of reasons: ${label}`);
  }
  for (const [mentor, taken] of load) {
    if (taken > (model.freeSeats.get(mentor) ?? 0)) problems.push(`over capacity: ${mentor} takes ${taken}`);
  }
  for (const [mentee, mentors] of mentorsOf) {
    if (mentors.length > (model.menteeRoom.get(mentee) ?? 0)) problems.push(`too many mentors: ${mentee}`);
    if (new Set(mentors).size !== mentors.length) problems.push(`same mentor twice: ${mentee}`);
    const skills = skillsOf.get(mentee) ?? [];
    if (new Set(skills).size !== skills.length) problems.push(`same skill twice: ${mentee}`);
  }
  if (!input.settings.allowMutual) {
    const pairsSet = new Set(pairs.map((p) => pairKey(p.mentorId, p.menteeId)));
    for (const pair of pairs) if (pairsSet.has(pairKey(pair.menteeId, pair.mentorId))) problems.push(`mutual: ${pair.mentorId}↔${pair.menteeId}`);
  }
  return problems;
}
