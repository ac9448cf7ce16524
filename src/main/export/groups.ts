import { groupsOf, type PairGroup } from '../../shared/groups';
import { effectiveCapacity } from '../../shared/rules';
import type { ExportData, ExportPairing, ExportParticipant, RosterGroup, RosterPerson } from './types';

// Pairings -> groups, as src/shared/groups.ts defines them for every screen: all of a mentor's "group"
// mentees form one group whatever skill each came for; every peer pair is its own unit. Each is
// numbered among its kind, and its mentor's seats are counted once, as the board counts them.

export interface ExportGroup extends PairGroup<ExportPairing> {
  /** The distinct skills of the group's pairings, joined with ", "; null when none is named. */
  skill: string | null;
  /** The mentor's mentees (all her pairings) and the seats she has under the cohort's rules. */
  seats: { taken: number; total: number };
}

export function groupPairings(data: ExportData): ExportGroup[] {
  const find = participantIndex(data.participants);
  const taken = new Map<string, number>();
  for (const p of data.pairings) taken.set(p.mentorId, (taken.get(p.mentorId) ?? 0) + 1);
  return groupsOf(data.pairings, (id) => find(id).name).map((g) => ({
    ...g,
    skill: g.skills.length ? g.skills.join(', ') : null,
    seats: { taken: taken.get(g.mentorId) ?? 0, total: effectiveCapacity(find(g.mentorId), data) },
  }));
}

/** A participant missing from the list (a dangling id) still prints, under its id. */
function unknownParticipant(id: string): ExportParticipant {
  return { id, name: id, nickname: '', email: '', phone: '', region: '', level: '', kind: 'both', capacity: 0, offers: [], seeks: [] };
}

export function participantIndex(participants: ExportParticipant[]): (id: string) => ExportParticipant {
  const byId = new Map(participants.map((p) => [p.id, p]));
  return (id) => byId.get(id) ?? unknownParticipant(id);
}

function rosterPerson(p: ExportParticipant, skill: string | null): RosterPerson {
  return { name: p.name, nickname: p.nickname, phone: p.phone, email: p.email, region: p.region, level: p.level, skill };
}

/** The roster's groups from the store's participants and pairings. */
export function rosterGroups(data: ExportData): RosterGroup[] {
  const find = participantIndex(data.participants);
  return groupPairings(data).map((g) => {
    const mentor = find(g.mentorId);
    return {
      kind: g.kind,
      number: g.number,
      skill: g.skill,
      seats: g.seats,
      mentor: { ...rosterPerson(mentor, g.skill ?? mentor.offers[0] ?? null), mentorId: mentor.id },
      mentees: g.pairings.map((p) => {
        const mentee = find(p.menteeId);
        return rosterPerson(mentee, p.skill ?? mentee.seeks[0] ?? null);
      }),
    };
  });
}
