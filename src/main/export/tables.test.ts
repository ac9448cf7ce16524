import { describe, expect, it } from 'vitest';
import { groupPairings, rosterGroups } from './groups';
import { exportTables } from './tables';
import type { ExportData, ExportParticipant } from './types';

function participant(id: string, name: string, extra: Partial<ExportParticipant> = {}): ExportParticipant {
  return {
    id, name, nickname: name.split(' ')[0], email: `${id}@contoh.id`, phone: `+62812000000${id.slice(1)}`,
    region: 'Bandung', level: 'Batch 7', kind: 'both', capacity: 3, offers: ['Memasak'], seeks: ['Menjahit'], ...extra,
  };
}

const data: ExportData = {
  participants: [
    participant('p1', 'Siti Aminah', { offers: ['Memasak', 'Menjahit'], kind: 'group', capacity: 5 }),
    participant('p2', 'Dewi Lestari'),
    participant('p3', 'Ayu Kartika'),
    participant('p4', '=Rina Marlina'),
  ],
  pairings: [
    { mentorId: 'p1', menteeId: 'p2', skill: 'Memasak', kind: 'group' },
    { mentorId: 'p2', menteeId: 'p1', skill: 'Menjahit', kind: 'peer' },
    { mentorId: 'p1', menteeId: 'p3', skill: 'Menjahit', kind: 'group' },
    { mentorId: 'p2', menteeId: 'p4', skill: null, kind: 'peer' },
    { mentorId: 'p1', menteeId: 'gone', skill: 'Memasak', kind: 'group' },
  ],
  groupSizeLimit: 4,
};

describe('exportTables', () => {
  const [participants, pairings, groups] = exportTables(data);

  it('names the tables and uses headers the importer knows', () => {
    expect([participants.name, pairings.name, groups.name]).toEqual(['Participants', 'Pairings', 'Groups']);
    expect(participants.rows[0]).toEqual([
      'Full name', 'Nickname', 'Email address', 'Phone', 'City', 'Level', 'Kind of mentoring', 'Max mentees',
      'Skills you can mentor', 'Skills you want to learn', 'Mentor email',
    ]);
    expect(pairings.rows[0]).toEqual(['Mentor name', 'Mentor email', 'Mentor phone', 'Mentee name', 'Mentee email', 'Mentee phone', 'Skill', 'Kind of mentoring']);
  });

  it('writes one participant per row, with their mentors for the round trip', () => {
    expect(participants.rows).toHaveLength(1 + 4);
    expect(participants.rows[1]).toEqual([
      'Siti Aminah', 'Siti', 'p1@contoh.id', '+628120000001', 'Bandung', 'Batch 7', 'group', '5', 'Memasak, Menjahit', 'Menjahit', 'p2@contoh.id',
    ]);
    expect(participants.rows[2][10]).toBe('p1@contoh.id');
    // Cells are raw here; the CSV/XLSX writers neutralize "=Rina".
    expect(participants.rows[4][0]).toBe('=Rina Marlina');
  });

  it('writes one row per pairing, naming unknown participants by id', () => {
    expect(pairings.rows.slice(1)).toEqual([
      ['Siti Aminah', 'p1@contoh.id', '+628120000001', 'Dewi Lestari', 'p2@contoh.id', '+628120000002', 'Memasak', 'group'],
      ['Dewi Lestari', 'p2@contoh.id', '+628120000002', 'Siti Aminah', 'p1@contoh.id', '+628120000001', 'Menjahit', 'peer'],
      ['Siti Aminah', 'p1@contoh.id', '+628120000001', 'Ayu Kartika', 'p3@contoh.id', '+628120000003', 'Menjahit', 'group'],
      ['Dewi Lestari', 'p2@contoh.id', '+628120000002', '=Rina Marlina', 'p4@contoh.id', '+628120000004', '', 'peer'],
      ['Siti Aminah', 'p1@contoh.id', '+628120000001', 'gone', '', '', 'Memasak', 'group'],
    ]);
  });

  it('writes one row per group with its members side by side', () => {
    expect(groups.rows[0].slice(0, 8)).toEqual(['Group', 'Kind of mentoring', 'Skill', 'Mentor name', 'Mentor email', 'Mentor phone', 'Mentees', 'Max mentees']);
    expect(groups.rows[0]).toHaveLength(8 + 3 * 3);
    // Groups and peer pairs numbered apart (the board's and the rosters' count); seats: capacity 5 under a limit of 4.
    expect(groups.rows.slice(1).map((r) => r.slice(0, 8))).toEqual([
      ['1', 'peer', '', 'Dewi Lestari', 'p2@contoh.id', '+628120000002', '1', '3'],
      ['2', 'peer', 'Menjahit', 'Dewi Lestari', 'p2@contoh.id', '+628120000002', '1', '3'],
      ['1', 'group', 'Memasak, Menjahit', 'Siti Aminah', 'p1@contoh.id', '+628120000001', '3', '4'],
    ]);
    expect(groups.rows[3].slice(8)).toEqual(['Dewi Lestari', 'p2@contoh.id', '+628120000002', 'Ayu Kartika', 'p3@contoh.id', '+628120000003', 'gone', '', '']);
  });
});

describe('groups', () => {
  it('puts a mentor\'s group mentees together and every peer pair apart, by mentor name, numbered within their kind', () => {
    expect(groupPairings(data).map((g) => [g.number, g.mentorId, g.kind, g.pairings.map((p) => p.menteeId), g.seats])).toEqual([
      [1, 'p2', 'peer', ['p4'], { taken: 2, total: 3 }],
      [2, 'p2', 'peer', ['p1'], { taken: 2, total: 3 }],
      [1, 'p1', 'group', ['p2', 'p3', 'gone'], { taken: 3, total: 4 }],
    ]);
  });

  it('builds roster groups with mentor ids and each mentee\'s sought skill', () => {
    const roster = rosterGroups(data);
    expect(roster[2].mentor).toMatchObject({ mentorId: 'p1', name: 'Siti Aminah', skill: 'Memasak, Menjahit' });
    expect(roster[2].mentees.map((m) => [m.name, m.skill])).toEqual([['Dewi Lestari', 'Memasak'], ['Ayu Kartika', 'Menjahit'], ['gone', 'Memasak']]);
    // A pairing without a skill: the mentee's first sought, the mentor's first offered.
    expect(roster[0].mentees[0].skill).toBe('Menjahit');
    expect(roster[0].mentor.skill).toBe('Memasak');
  });
});
