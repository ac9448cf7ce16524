// A generated registration export for the import benchmarks: Indonesian Google Forms headers, realistic
// names and phone numbers typed several ways, multi-select skills with spelling variants, free-text
// kinds and capacities, typed mentor preferences. Deterministic for a given row count.
import { buildXlsx, type TestCell } from '../support/xlsxWriter';
import { seededRandom } from '../support/matching/randomCohort';

const firstNames = 'Siti Dewi Rina Sari Ayu Fitri Indah Lestari Yuli Wulan Ratna Putri Eka Mega Nur Rahma Sri Dian Rini Yanti Annisa Aisyah Nabila Aulia Intan Maya'.split(' ');
const lastNames = 'Nurhaliza Lestari Marlina Wulandari Hasanah Kartika Handayani Susanti Permatasari Wahyuningsih Pratiwi Safitri Anggraini Ramadhani Susilowati Puspitasari Rahayu Utami'.split(' ');
const cities = 'Bandung Jakarta Surabaya Yogyakarta Medan Makassar Semarang Bogor Depok Malang Bekasi Tangerang Palembang Padang Solo Balikpapan'.split(' ');
const skills = ['Desain Grafis (Canva)', 'canva', 'Public Speaking', 'Mind Mapping', 'mind-mapping', 'Menulis Kreatif', 'Memasak', 'Baking', 'Parenting Islami', 'Tahsin', 'Fotografi Produk', 'Copywriting', 'Digital Marketing', 'Manajemen Waktu', 'Manajemen Keuangan Keluarga', 'Menjahit', 'Merajut'];
const kinds = ['Peer 1:1', 'Kelompok', 'Keduanya'];
const capacities = ['1', '2', '3 orang', 'maks 4', '5'];

export const registrationHeaders = ['Stempel waktu', 'Alamat email', 'Nama Lengkap', 'Nama Panggilan', 'Nomor WhatsApp', 'Domisili', 'Kelas',
  'Keahlian yang ditawarkan (boleh lebih dari satu)', 'Bidang yang ingin dipelajari', 'Jenis pendampingan yang diinginkan',
  'Jumlah maksimal mentee', 'Mentor pilihan 1', 'Mentor pilihan 2', 'Mentor pilihan 3', 'Catatan'];

export interface GeneratedPerson {
  when: Date;
  cells: string[];
  phoneDigits: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function generateRegistrations(rowCount: number): GeneratedPerson[] {
  const next = seededRandom(2026);
  const random = (n: number): number => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[random(list.length)];
  const some = (list: readonly string[], max: number) => [...new Set(Array.from({ length: 1 + random(max) }, () => pick(list)))].join(', ');
  const start = Date.UTC(2026, 10, 1, 8, 0, 0);
  return Array.from({ length: rowCount }, (_, i) => {
    const first = pick(firstNames);
    const name = `${first} ${pick(lastNames)} ${pick(lastNames)}`;
    const when = new Date(start + i * 37_000);
    const phoneDigits = `8${String(1_000_000_000 + random(900_000_000)).slice(0, 10)}`;
    return {
      when,
      cells: [
        `${pad(when.getUTCDate())}/${pad(when.getUTCMonth() + 1)}/${when.getUTCFullYear()} ${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}:${pad(when.getUTCSeconds())}`,
        `${first.toLowerCase()}.${i}@gmail.com`,
        name,
        first,
        random(2) ? `0${phoneDigits.slice(0, 3)}-${phoneDigits.slice(3, 7)}-${phoneDigits.slice(7)}` : `+62 ${phoneDigits}`,
        pick(cities),
        `Batch ${4 + random(3)}`,
        some(skills, 3),
        some(skills, 2),
        pick(kinds),
        pick(capacities),
        `Bunda ${pick(firstNames)}`,
        random(2) ? `${pick(firstNames)} ${pick(lastNames)}` : '',
        '',
        random(10) === 0 ? 'Bisa malam hari, setelah anak tidur' : '',
      ],
      phoneDigits,
    };
  });
}

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The export as Google Forms downloads it: UTF-8, comma, CRLF. */
export function registrationCsv(people: readonly GeneratedPerson[]): Uint8Array {
  const csv = [registrationHeaders, ...people.map((p) => p.cells)].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(csv);
}

/**
 * The export the way a coordinator's spreadsheet holds it: timestamps as date cells, phones and
 * capacities as numbers where they are numeric, shared strings.
 */
export function registrationXlsx(people: readonly GeneratedPerson[]): Uint8Array {
  const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;
  const rows: TestCell[][] = [registrationHeaders, ...people.map((p) => p.cells.map((cell, c): TestCell => {
    if (c === 0) return { serial: serial(p.when), format: 'dd/mm/yyyy hh:mm:ss' };
    if (c === 4) return Number(p.phoneDigits);
    if (c === 10 && /^\d+$/.test(cell)) return Number(cell);
    return cell === '' ? null : cell;
  }))];
  return buildXlsx([{ name: 'Form Responses 1', rows }], { strings: 'shared' });
}
