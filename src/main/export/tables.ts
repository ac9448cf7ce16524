import { groupPairings, participantIndex } from './groups';
import type { ExportData, Table } from './types';

// The spreadsheet export: participants, pairings and groups. Headers are the registration form's
// English wording, which the importer recognises, plus "Mentor email" so that re-importing the
// Participants table restores who mentors whom.

export const exportHeaders = {
  name: 'Full name',
  nickname: 'Nickname',
  email: 'Email address',
  phone: 'Phone',
  region: 'City',
  level: 'Level',
  kind: 'Kind of mentoring',
  capacity: 'Max mentees',
  offers: 'Skills you can mentor',
  seeks: 'Skills you want to learn',
  mentorEmail: 'Mentor email',
  mentorName: 'Mentor name',
  mentorPhone: 'Mentor phone',
  menteeName: 'Mentee name',
  menteeEmail: 'Mentee email',
  menteePhone: 'Mentee phone',
  skill: 'Skill',
  group: 'Group',
  mentees: 'Mentees',
} as const;

/** How lists (skills, several mentors) are joined in one cell, as form tools do for checkboxes. */
export const listSeparator = ', ';

export const tableNames = { participants: 'Participants', pairings: 'Pairings', groups: 'Groups' } as const;

const h = exportHeaders;

/** [Participants, Pairings, Groups]: first row headers, then text cells only. */
export function exportTables(data: ExportData): Table[] {
  const find = participantIndex(data.participants);

  const mentorsOf = new Map<string, string[]>();
  for (const p of data.pairings) {
    const email = find(p.mentorId).email;
    if (email) mentorsOf.set(p.menteeId, [...(mentorsOf.get(p.menteeId) ?? []), email]);
  }
  const participants: Table = {
    name: tableNames.participants,
    rows: [
      [h.name, h.nickname, h.email, h.phone, h.region, h.level, h.kind, h.capacity, h.offers, h.seeks, h.mentorEmail],
      ...data.participants.map((p) => [
        p.name, p.nickname, p.email, p.phone, p.region, p.level, p.kind, String(p.capacity),
        p.offers.join(listSeparator), p.seeks.join(listSeparator), (mentorsOf.get(p.id) ?? []).join(listSeparator),
      ]),
    ],
  };

  const pairings: Table = {
    name: tableNames.pairings,
    rows: [
      [h.mentorName, h.mentorEmail, h.mentorPhone, h.menteeName, h.menteeEmail, h.menteePhone, h.skill, h.kind],
      ...data.pairings.map((p) => {
        const mentor = find(p.mentorId);
        const mentee = find(p.menteeId);
        return [mentor.name, mentor.email, mentor.phone, mentee.name, mentee.email, mentee.phone, p.skill ?? '', p.kind];
      }),
    ],
  };

  const grouped = groupPairings(data);
  const widest = grouped.reduce((most, g) => Math.max(most, g.pairings.length), 0);
  const memberHeaders = Array.from({ length: widest }, (_, i) => [`Mentee ${i + 1} name`, `Mentee ${i + 1} email`, `Mentee ${i + 1} phone`]).flat();
  const groups: Table = {
    name: tableNames.groups,
    rows: [
      [h.group, h.kind, h.skill, h.mentorName, h.mentorEmail, h.mentorPhone, h.mentees, h.capacity, ...memberHeaders],
      ...grouped.map((g) => {
        const mentor = find(g.mentorId);
        const members = g.pairings.flatMap((p) => {
          const mentee = find(p.menteeId);
          return [mentee.name, mentee.email, mentee.phone];
        });
        // Numbered among its kind, as the rosters and the board count groups; her seats counted once.
        return [String(g.number), g.kind, g.skill ?? '', mentor.name, mentor.email, mentor.phone, String(g.pairings.length), String(g.seats.total), ...members];
      }),
    ],
  };

  return [participants, pairings, groups];
}
