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
  const [participants, pairings, groups] = exportTables(data, 'en');

  it('names the tables and uses headers the importer knows', () => {
    expect([participants.name, pairings.name, groups.name]).toEqual(['Participants', 'Pairings', 'Groups']);
    expect(participants.rows[0]).toEqual([
      'Full name', 'Nickname', 'Email address', 'Phone', 'City', 'Level', 'Kind of mentoring', 'Max mentees',
      'Skills you can mentor', 'Skills you want to learn', 'Mentor email', 'Mentor name', 'Mentor phone', 'Skill', 'Pairing kind',
    ]);
    expect(pairings.rows[0]).toEqual(['Mentor name', 'Mentor email', 'Mentor phone', 'Mentee name', 'Mentee email', 'Mentee phone', 'Skill', 'Pairing kind']);
  });

  it('writes one participant per row with her pairing as the Pairings sheet has it: mentor email, name, phone, skill, kind in words', () => {
    expect(participants.rows).toHaveLength(1 + 4);
    expect(participants.rows[1]).toEqual([
      'Siti Aminah', 'Siti', 'p1@contoh.id', '+628120000001', 'Bandung', 'Batch 7', 'Group', '5', 'Memasak, Menjahit', 'Menjahit',
      'p2@contoh.id', 'Dewi Lestari', '+628120000002', 'Menjahit', 'Peer (1:1)',
    ]);
    expect(participants.rows[2].slice(6)).toEqual(['Peer or group', '3', 'Memasak', 'Menjahit', 'p1@contoh.id', 'Siti Aminah', '+628120000001', 'Memasak', 'Group']);
    // Every pairing of the Pairings sheet is on its mentee's row of the Participants table (the CSV), word for word.
    for (const [mentorName, mentorEmail, mentorPhone, menteeName, , , skill, kind] of pairings.rows.slice(1)) {
      const row = participants.rows.find((r) => r[0] === menteeName);
      if (menteeName === 'gone') continue;
      expect(row?.slice(10)).toEqual([mentorEmail, mentorName, mentorPhone, skill, kind]);
    }
    // Cells are raw here; the CSV/XLSX writers neutralize "=Rina".
    expect(participants.rows[4][0]).toBe('=Rina Marlina');
  });

  it('writes one row per pairing, naming unknown participants by id', () => {
    expect(pairings.rows.slice(1)).toEqual([
      ['Siti Aminah', 'p1@contoh.id', '+628120000001', 'Dewi Lestari', 'p2@contoh.id', '+628120000002', 'Memasak', 'Group'],
      ['Dewi Lestari', 'p2@contoh.id', '+628120000002', 'Siti Aminah', 'p1@contoh.id', '+628120000001', 'Menjahit', 'Peer (1:1)'],
      ['Siti Aminah', 'p1@contoh.id', '+628120000001', 'Ayu Kartika', 'p3@contoh.id', '+628120000003', 'Menjahit', 'Group'],
      ['Dewi Lestari', 'p2@contoh.id', '+628120000002', '=Rina Marlina', 'p4@contoh.id', '+628120000004', '', 'Peer (1:1)'],
      ['Siti Aminah', 'p1@contoh.id', '+628120000001', 'gone', '', '', 'Memasak', 'Group'],
    ]);
  });

  it('writes one row per group with its members side by side', () => {
    expect(groups.rows[0].slice(0, 8)).toEqual(['Group', 'Pairing kind', 'Skill', 'Mentor name', 'Mentor email', 'Mentor phone', 'Mentees', 'Max mentees']);
    expect(groups.rows[0].slice(8, 11)).toEqual(['Mentee 1 name', 'Mentee 1 email', 'Mentee 1 phone']);
    expect(groups.rows[0]).toHaveLength(8 + 3 * 3);
    // Groups and peer pairs numbered apart (the board's and the rosters' count); seats: capacity 5 under a limit of 4.
    expect(groups.rows.slice(1).map((r) => r.slice(0, 8))).toEqual([
      ['1', 'Peer (1:1)', '', 'Dewi Lestari', 'p2@contoh.id', '+628120000002', '1', '3'],
      ['2', 'Peer (1:1)', 'Menjahit', 'Dewi Lestari', 'p2@contoh.id', '+628120000002', '1', '3'],
      ['1', 'Group', 'Memasak, Menjahit', 'Siti Aminah', 'p1@contoh.id', '+628120000001', '3', '4'],
    ]);
    expect(groups.rows[3].slice(8)).toEqual(['Dewi Lestari', 'p2@contoh.id', '+628120000002', 'Ayu Kartika', 'p3@contoh.id', '+628120000003', 'gone', '', '']);
  });

  it('speaks the export language: Indonesian sheets, headers and kinds', () => {
    const [peserta, pasangan, kelompok] = exportTables(data, 'id');
    expect([peserta.name, pasangan.name, kelompok.name]).toEqual(['Peserta', 'Pasangan', 'Kelompok']);
    expect(peserta.rows[0].slice(0, 4)).toEqual(['Nama lengkap', 'Nama panggilan', 'Alamat email', 'Nomor WhatsApp']);
    expect(peserta.rows[1].slice(10)).toEqual(['p2@contoh.id', 'Dewi Lestari', '+628120000002', 'Menjahit', 'Sebaya (1:1)']);
    expect(kelompok.rows[0][8]).toBe('Nama mentee 1');
    expect(kelompok.rows[3][1]).toBe('Kelompok');
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
