// A generated registration export (English Google Forms headers) for benchmarks: realistic names,
// Indonesian phone numbers, ~40 skills, a fifth of participants mentoring with 1–5 seats, ranked
// preferences. Deterministic for a given seed.
import { writeFileSync } from 'node:fs';
import { seededRandom } from '../support/matching/randomCohort';

const firstNames = 'Siti Dewi Rina Sari Ayu Fitri Indah Lestari Yuli Wulan Ratna Putri Eka Mega Nur Rahma Sri Dian Rini Yanti Annisa Aisyah Nabila Aulia Intan Maya'.split(' ');
const lastNames = 'Nurhaliza Lestari Marlina Wulandari Hasanah Kartika Handayani Susanti Permatasari Wahyuningsih Pratiwi Safitri Anggraini Ramadhani Puspitasari Rahayu Utami'.split(' ');
const cities = 'Bandung Jakarta Surabaya Yogyakarta Medan Makassar Semarang Bogor Depok Malang Bekasi Tangerang Palembang Padang Solo Balikpapan'.split(' ');
export const benchSkills = Array.from({ length: 40 }, (_, i) => `Skill ${String(i + 1).padStart(2, '0')}`);
const kinds = ['Peer 1:1', 'Group', 'Both'];

/** A seeded integer in 0..n-1. */
function prng(seed: number) {
  const next = seededRandom(seed);
  return (n: number) => Math.floor(next() * n);
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export function cohortCsv(count: number, seed = 7): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[random(list.length)];
  const names = Array.from({ length: count }, (_, i) => `${pick(firstNames)} ${pick(lastNames)} ${i + 1}`);
  const mentors = names.filter((_, i) => i % 5 === 0);
  const rows = [[
    'Timestamp', 'Email address', 'Full name', 'Nickname', 'WhatsApp number', 'City', 'Level', 'Skills you can mentor',
    'Skills you want to learn', 'Kind of mentoring', 'Max mentees', 'Preferred mentor 1', 'Preferred mentor 2', 'Preferred mentor 3',
  ]];
  names.forEach((name, i) => {
    const isMentor = i % 5 === 0;
    const offers = isMentor ? [...new Set([pick(benchSkills), pick(benchSkills)])] : [];
    rows.push([
      `11/${1 + (i % 28)}/2026 09:${String(i % 60).padStart(2, '0')}:00`,
      `person${i + 1}@example.com`,
      name,
      name.split(' ')[0],
      `0812${String(10_000_000 + i).padStart(8, '0')}`,
      pick(cities),
      `Batch ${7 + random(3)}`,
      offers.join(', '),
      pick(benchSkills),
      isMentor ? pick(kinds) : 'Group',
      isMentor ? String(1 + random(5)) : '0',
      pick(mentors), pick(mentors), pick(mentors),
    ]);
  });
  return rows.map((r) => r.map(quote).join(',')).join('\r\n');
}

export function writeCohortCsv(path: string, count: number, seed = 7): void {
  writeFileSync(path, cohortCsv(count, seed));
}
