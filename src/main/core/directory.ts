import type { MentoringKind, Pairing, Participant } from '../../shared/domain';

// The mentor directory ("arena"): every mentor under every skill she offers, with her open seats and
// whether she is open, full or closed. Pure: the cohort's participants and pairings in, plain data out;
// the HTML, PDF, WhatsApp and poster writers render it.

export type MentorStatus = 'open' | 'full' | 'closed';

export interface DirectoryMentor {
  id: string;
  name: string;
  nickname: string;
  level: string;
  region: string;
  kind: MentoringKind;
  /** Every skill she offers, in her own order. */
  offers: string[];
  /** What she wrote about her skills on the form ('' when the form had no such column). */
  about: string;
  capacity: number;
  /** Capacity minus her current mentees, never below zero. */
  openSeats: number;
  status: MentorStatus;
  /** Present only when the coordinator chose to show contacts. */
  phone?: string;
  email?: string;
}

export interface DirectorySection {
  skill: string;
  mentors: DirectoryMentor[];
}

export interface Directory {
  /** ISO date-time the directory was made at. */
  asOf: string;
  sections: DirectorySection[];
  /** Distinct mentors across all sections. */
  mentorCount: number;
}

export interface DirectoryFilter {
  skill?: string;
  region?: string;
  level?: string;
  kind?: 'peer' | 'group';
  openOnly?: boolean;
}

export interface DirectoryInput {
  participants: readonly Participant[];
  pairings: readonly Pick<Pairing, 'mentorId'>[];
  /** Phone numbers and e-mail addresses appear only when this is true. */
  showContacts: boolean;
  /** The `extra` column holding what mentors wrote about their skills, or null for none. */
  aboutColumn: string | null;
  filter?: DirectoryFilter;
  now: Date;
}

const byName = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

export function mentorStatus(closed: boolean, openSeats: number): MentorStatus {
  if (closed) return 'closed';
  return openSeats > 0 ? 'open' : 'full';
}

function takesKind(kind: MentoringKind, wanted: 'peer' | 'group' | undefined): boolean {
  return wanted === undefined || kind === 'both' || kind === wanted;
}

function keeps(person: Participant, seats: number, filter: DirectoryFilter): boolean {
  if (filter.region !== undefined && person.region !== filter.region) return false;
  if (filter.level !== undefined && person.level !== filter.level) return false;
  if (!takesKind(person.kind, filter.kind)) return false;
  return !filter.openOnly || mentorStatus(person.closed, seats) === 'open';
}

export function buildDirectory(input: DirectoryInput): Directory {
  const filter = input.filter ?? {};
  const mentees = new Map<string, number>();
  for (const pairing of input.pairings) mentees.set(pairing.mentorId, (mentees.get(pairing.mentorId) ?? 0) + 1);

  const bySkill = new Map<string, DirectoryMentor[]>();
  const listed = new Set<string>();
  for (const person of input.participants) {
    if (person.offers.length === 0) continue;
    const openSeats = Math.max(0, person.capacity - (mentees.get(person.id) ?? 0));
    if (!keeps(person, openSeats, filter)) continue;
    const mentor: DirectoryMentor = {
      id: person.id,
      name: person.name,
      nickname: person.nickname,
      level: person.level,
      region: person.region,
      kind: person.kind,
      offers: person.offers,
      about: input.aboutColumn ? (person.extra[input.aboutColumn] ?? '').trim() : '',
      capacity: person.capacity,
      openSeats,
      status: mentorStatus(person.closed, openSeats),
      ...(input.showContacts ? { phone: person.phone, email: person.email } : {}),
    };
    for (const skill of person.offers) {
      if (filter.skill !== undefined && skill !== filter.skill) continue;
      let list = bySkill.get(skill);
      if (!list) bySkill.set(skill, (list = []));
      list.push(mentor);
      listed.add(person.id);
    }
  }

  const statusOrder: Record<MentorStatus, number> = { open: 0, full: 1, closed: 2 };
  const sections = [...bySkill.entries()]
    .map(([skill, mentors]) => ({
      skill,
      // Open mentors first (that is whom a mentee looks for), then by name.
      mentors: mentors.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || byName.compare(a.name, b.name)),
    }))
    .sort((a, b) => byName.compare(a.skill, b.skill));
  return { asOf: input.now.toISOString(), sections, mentorCount: listed.size };
}

/** Headers that, on the forms Kupu meets, hold what a participant wrote about the skills she offers. */
const aboutHeader = /(cerita|jelaskan|deskripsi|uraian|gambaran|tentang).*(keahlian|keterampilan|skill|kemampuan)|(describe|description|about|tell us).*(skill|expertise)/i;

/** The extra column that most likely holds mentors' descriptions of their skills, or null. */
export function guessAboutColumn(participants: readonly Participant[]): string | null {
  const counts = new Map<string, number>();
  for (const person of participants) {
    for (const [header, value] of Object.entries(person.extra)) {
      if (value.trim() !== '' && aboutHeader.test(header)) counts.set(header, (counts.get(header) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [header, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = header;
  return best;
}
