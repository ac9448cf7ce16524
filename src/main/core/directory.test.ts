import { describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/domain';
import { buildDirectory, guessAboutColumn, mentorStatus, type DirectoryInput } from './directory';

function person(id: string, patch: Partial<Participant> = {}): Participant {
  return {
    id, name: id, nickname: '', email: `${id}@example.id`, phone: '+6281234567890', region: 'Bandung', level: 'Kelas 1',
    kind: 'both', capacity: 2, closed: false, offers: ['Memasak'], seeks: [], preferences: [], notes: '', extra: {}, submittedAt: '',
    ...patch,
  };
}

const now = new Date('2026-12-06T08:30:00Z');
const input = (patch: Partial<DirectoryInput> = {}): DirectoryInput => ({
  participants: [], pairings: [], showContacts: false, aboutColumn: null, now, ...patch,
});

describe('mentorStatus', () => {
  it.each([
    [false, 2, 'open'],
    [false, 0, 'full'],
    [true, 2, 'closed'],
    [true, 0, 'closed'],
  ] as const)('closed=%s, open seats %i -> %s', (closed, seats, status) => {
    expect(mentorStatus(closed, seats)).toBe(status);
  });
});

describe('buildDirectory', () => {
  it('lists a mentor under every skill she offers, skills and names in order, open mentors first', () => {
    const directory = buildDirectory(input({
      participants: [
        person('Wati', { offers: ['Menjahit', 'Memasak'] }),
        person('Ani', { offers: ['Memasak'], closed: true }),
        person('Budi', { offers: ['Memasak'] }),
        person('Citra', { offers: [] }),
      ],
    }));
    expect(directory.sections.map((s) => [s.skill, s.mentors.map((m) => m.name)])).toEqual([
      ['Memasak', ['Budi', 'Wati', 'Ani']],
      ['Menjahit', ['Wati']],
    ]);
    expect(directory.mentorCount).toBe(3);
    expect(directory.asOf).toBe('2026-12-06T08:30:00.000Z');
  });

  it.each([
    { capacity: 3, pairings: 0, closed: false, seats: 3, status: 'open' },
    { capacity: 3, pairings: 2, closed: false, seats: 1, status: 'open' },
    { capacity: 3, pairings: 3, closed: false, seats: 0, status: 'full' },
    { capacity: 1, pairings: 2, closed: false, seats: 0, status: 'full' }, // an override past capacity
    { capacity: 3, pairings: 1, closed: true, seats: 2, status: 'closed' },
    { capacity: 0, pairings: 0, closed: false, seats: 0, status: 'full' },
  ])('capacity $capacity with $pairings mentees (closed: $closed): $seats open seats, $status', ({ capacity, pairings, closed, seats, status }) => {
    const directory = buildDirectory(input({
      participants: [person('M', { capacity, closed })],
      pairings: Array.from({ length: pairings }, () => ({ mentorId: 'M' })),
    }));
    expect(directory.sections[0].mentors[0]).toMatchObject({ openSeats: seats, status });
  });

  it.each([
    [{ skill: 'Menjahit' }, ['Menjahit:A']],
    [{ region: 'Depok' }, ['Memasak:B']],
    [{ level: 'Kelas 2' }, ['Memasak:C']],
    [{ kind: 'group' as const }, ['Memasak:B', 'Memasak:C']], // A takes peers only
    [{ kind: 'peer' as const }, ['Memasak:C', 'Menjahit:A']], // B takes groups only
    [{ openOnly: true }, ['Memasak:B', 'Menjahit:A']],
  ])('filters by %j', (filter, expected) => {
    const directory = buildDirectory(input({
      participants: [
        person('A', { offers: ['Menjahit'], kind: 'peer' }),
        person('B', { region: 'Depok', kind: 'group' }),
        person('C', { level: 'Kelas 2', closed: true }),
      ],
      filter,
    }));
    expect(directory.sections.flatMap((s) => s.mentors.map((m) => `${s.skill}:${m.name}`))).toEqual(expected);
  });

  it('shows phone and e-mail only when the coordinator turned contacts on', () => {
    const hidden = buildDirectory(input({ participants: [person('A')] })).sections[0].mentors[0];
    expect(hidden).not.toHaveProperty('phone');
    expect(hidden).not.toHaveProperty('email');
    const shown = buildDirectory(input({ participants: [person('A')], showContacts: true })).sections[0].mentors[0];
    expect(shown).toMatchObject({ phone: '+6281234567890', email: 'A@example.id' });
  });

  it('takes what she wrote about her skills from the chosen column', () => {
    const participants = [person('A', { extra: { 'Ceritakan keahlianmu': '  Kue kering & roti  ', Hobi: 'Lari' } })];
    expect(buildDirectory(input({ participants, aboutColumn: 'Ceritakan keahlianmu' })).sections[0].mentors[0].about).toBe('Kue kering & roti');
    expect(buildDirectory(input({ participants })).sections[0].mentors[0].about).toBe('');
  });

  it('makes an empty directory from a cohort with no mentors', () => {
    expect(buildDirectory(input({ participants: [person('A', { offers: [] })] }))).toEqual({ asOf: now.toISOString(), sections: [], mentorCount: 0 });
  });
});

describe('guessAboutColumn', () => {
  it.each([
    [['Ceritakan keahlian yang ingin kamu bagikan'], 'Ceritakan keahlian yang ingin kamu bagikan'],
    [['Deskripsi singkat keterampilan'], 'Deskripsi singkat keterampilan'],
    [['Describe the skills you can offer'], 'Describe the skills you can offer'],
    [['Hobi', 'Alamat'], null],
  ])('%j -> %j', (headers, expected) => {
    const participants = [person('A', { extra: Object.fromEntries(headers.map((h) => [h, 'isi'])) })];
    expect(guessAboutColumn(participants)).toBe(expected);
  });
});
