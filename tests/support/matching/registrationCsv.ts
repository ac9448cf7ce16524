// bench:match's cohort shapes, and a cohort written back as the registration export it would come from
// (English Google Forms headers, skills as the checkbox list's "A, B, C", preferred mentors by name);
// the Suggest end-to-end spec imports one too.
import { writeFileSync } from 'node:fs';
import type { MatchInput } from '../../../src/main/core/matching/types';
import { formCohort } from './formCohort';
import { benchCohort, type Tightness } from './randomCohort';

/** Form-shaped cohorts (form-loose, form-tight, form-balanced) and the earlier class-of-250 ones. */
export const shapeNames = ['form-loose', 'form-tight', 'form-balanced', 'loose', 'tight', 'balanced'] as const;

export function benchInput(shape: string, size: number): MatchInput {
  const tightness = shape.replace('form-', '') as Tightness;
  if (!['loose', 'tight', 'balanced'].includes(tightness)) throw new Error(`unknown shape ${shape}`);
  // A 20-skill checkbox list, 25 regions, 3 levels: the shape the coordinator tried.
  if (shape.startsWith('form-')) return formCohort(20_260_101 + size, { size, skills: 20, regions: 25, levels: 3, tightness });
  return benchCohort(20_260_101 + size, size, tightness);
}

const firstNames = 'Siti Dewi Rina Sari Ayu Fitri Indah Lestari Yuli Wulan Ratna Putri Eka Mega Nur Rahma Sri Dian Rini Yanti Annisa Aisyah Nabila Aulia Intan Maya'.split(' ');
const lastNames = 'Nurhaliza Lestari Marlina Wulandari Hasanah Kartika Handayani Susanti Permatasari Wahyuningsih Pratiwi Safitri Anggraini Ramadhani Puspitasari Rahayu Utami'.split(' ');
const quote = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const kindLabel = { peer: 'Peer 1:1', group: 'Group', both: 'Both' } as const;

/** The cohort as a Google Forms CSV export: one row per person, names unique, ranked mentors by name. */
export function writeRegistrationCsv(input: MatchInput, path: string): void {
  const nameOf = new Map(input.participants.map((p, i) => [p.id, `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]} ${i + 1}`]));
  const rows = [[
    'Timestamp', 'Email address', 'Full name', 'Nickname', 'WhatsApp number', 'City', 'Level', 'Skills you can mentor',
    'Skills you want to learn', 'Kind of mentoring', 'Max mentees', 'Preferred mentor 1', 'Preferred mentor 2', 'Preferred mentor 3',
  ]];
  input.participants.forEach((p, i) => {
    const name = nameOf.get(p.id) ?? p.id;
    const named = p.preferences.map((id) => nameOf.get(id) ?? '');
    rows.push([
      `11/${1 + (i % 28)}/2026 09:${String(i % 60).padStart(2, '0')}:00`,
      `person${i + 1}@example.com`,
      name,
      name.split(' ')[0],
      `0812${String(10_000_000 + i).padStart(8, '0')}`,
      p.region,
      p.level,
      p.offers.join(', '),
      p.seeks.join(', '),
      kindLabel[p.kind],
      String(p.capacity),
      named[0] ?? '', named[1] ?? '', named[2] ?? '',
    ]);
  });
  writeFileSync(path, rows.map((r) => r.map(quote).join(',')).join('\r\n'));
}
