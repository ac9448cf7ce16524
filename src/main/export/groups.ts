import type { PairKind } from '../../shared/domain';
import type { ExportData, ExportPairing, ExportParticipant, RosterGroup, RosterPerson } from './types';

// Pairings -> groups: all of a mentor's "group" mentees form one group; every peer pair is its own
// group (1 mentor, 1 mentee). Groups keep the order in which their first pairing appears.

export interface PairGroup {
  mentorId: string;
  kind: PairKind;
  /** The distinct skills of the group's pairings, joined with ", "; null when none is named. */
  skill: string | null;
  pairings: ExportPairing[];
}

export function groupPairings(pairings: ExportPairing[]): PairGroup[] {
  const groups = new Map<string, PairGroup>();
  for (const p of pairings) {
    const key = p.kind === 'peer' ? `peer\u0000${p.mentorId}\u0000${p.menteeId}` : `group\u0000${p.mentorId}`;
    const group = groups.get(key) ?? { mentorId: p.mentorId, kind: p.kind, skill: null, pairings: [] };
    group.pairings.push(p);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const skills = [...new Set(group.pairings.map((p) => p.skill?.trim()).filter((s): s is string => Boolean(s)))];
    group.skill = skills.length ? skills.join(', ') : null;
  }
  return [...groups.values()];
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
  return groupPairings(data.pairings).map((g) => {
    const mentor = find(g.mentorId);
    return {
      kind: g.kind,
      skill: g.skill,
      mentor: { ...rosterPerson(mentor, g.skill ?? mentor.offers[0] ?? null), mentorId: mentor.id },
      mentees: g.pairings.map((p) => {
        const mentee = find(p.menteeId);
        return rosterPerson(mentee, p.skill ?? mentee.seeks[0] ?? null);
      }),
    };
  });
}
