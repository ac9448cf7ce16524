import { groupPairings, participantIndex } from './groups';
import { labelsFor } from './labels';
import type { Language, MentoringKind } from '../../shared/domain';
import type { ExportData, Table } from './types';

// The spreadsheet export: participants, pairings and groups, in the cohort's export language. The
// participants' headers are the registration form's wording in that language, which the importer
// recognises, and the Participants table carries each one's pairing (mentor email, name and phone,
// skill, kind in words): it is the CSV on its own, and re-importing it restores who mentors whom.

/** How lists (skills, several mentors) are joined in one cell, as form tools do for checkboxes. */
export const listSeparator = ', ';

/** [Participants, Pairings, Groups]: first row headers, then text cells only. */
export function exportTables(data: ExportData, language: Language): Table[] {
  const l = labelsFor(language);
  const h = l.exportHeaders;
  const kind = (value: MentoringKind) => l[value];
  const find = participantIndex(data.participants);
  const member = (header: string, n: number) => header.replace('{{n}}', String(n));

  const pairingsOf = new Map<string, ExportData['pairings']>();
  for (const p of data.pairings) pairingsOf.set(p.menteeId, [...(pairingsOf.get(p.menteeId) ?? []), p]);
  const joined = (values: readonly string[]) => values.filter(Boolean).join(listSeparator);

  const participants: Table = {
    name: l.sheets.participants,
    rows: [
      [h.name, h.nickname, h.email, h.phone, h.region, h.level, h.kind, h.capacity, h.offers, h.seeks, h.mentorEmail, h.mentorName, h.mentorPhone, h.skill, h.pairingKind],
      ...data.participants.map((p) => {
        const mine = pairingsOf.get(p.id) ?? [];
        const mentors = mine.map((pairing) => find(pairing.mentorId));
        return [
          p.name, p.nickname, p.email, p.phone, p.region, p.level, kind(p.kind), String(p.capacity), joined(p.offers), joined(p.seeks),
          joined(mentors.map((m) => m.email)), joined(mentors.map((m) => m.name)), joined(mentors.map((m) => m.phone)),
          joined(mine.map((pairing) => pairing.skill ?? '')), joined(mine.map((pairing) => kind(pairing.kind))),
        ];
      }),
    ],
  };

  const pairings: Table = {
    name: l.sheets.pairings,
    rows: [
      [h.mentorName, h.mentorEmail, h.mentorPhone, h.menteeName, h.menteeEmail, h.menteePhone, h.skill, h.pairingKind],
      ...data.pairings.map((p) => {
        const mentor = find(p.mentorId);
        const mentee = find(p.menteeId);
        return [mentor.name, mentor.email, mentor.phone, mentee.name, mentee.email, mentee.phone, p.skill ?? '', kind(p.kind)];
      }),
    ],
  };

  const grouped = groupPairings(data);
  const widest = grouped.reduce((most, g) => Math.max(most, g.pairings.length), 0);
  const memberHeaders = Array.from({ length: widest }, (_, i) => [member(h.memberName, i + 1), member(h.memberEmail, i + 1), member(h.memberPhone, i + 1)]).flat();
  const groups: Table = {
    name: l.sheets.groups,
    rows: [
      [h.group, h.pairingKind, h.skill, h.mentorName, h.mentorEmail, h.mentorPhone, h.mentees, h.capacity, ...memberHeaders],
      ...grouped.map((g) => {
        const mentor = find(g.mentorId);
        const members = g.pairings.flatMap((p) => {
          const mentee = find(p.menteeId);
          return [mentee.name, mentee.email, mentee.phone];
        });
        // Numbered among its kind, as the rosters and the board count groups; her seats counted once.
        return [String(g.number), kind(g.kind), g.skill ?? '', mentor.name, mentor.email, mentor.phone, String(g.pairings.length), String(g.seats.total), ...members];
      }),
    ],
  };

  return [participants, pairings, groups];
}
