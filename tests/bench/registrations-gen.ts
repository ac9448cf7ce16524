// Generated registration exports for the import benchmarks, modelled on what coordinators receive:
// a Google Forms export (Indonesian or English form), with checkbox answers joined "A, B, C" in the form's
// option order and an "Other" answer last, a long tail of typed skills (Zipf-weighted options, free-text
// niche skills, typos), names and phone numbers typed several ways, free-text kinds and capacities,
// loosely typed mentor preferences, and a few people who submitted twice. Deterministic for a row count.
import { buildXlsx, type TestCell, type TestWorkbookOptions } from '../support/xlsxWriter';
import { seededRandom } from '../support/matching/randomCohort';

export type FormLanguage = 'id' | 'en';

export const registrationHeaders: Record<FormLanguage, string[]> = {
  id: ['Stempel waktu', 'Alamat email', 'Nama Lengkap', 'Nama Panggilan', 'Nomor WhatsApp', 'Domisili', 'Kelas',
    'Keahlian yang ditawarkan (boleh lebih dari satu)', 'Bidang yang ingin dipelajari', 'Jenis pendampingan yang diinginkan',
    'Jumlah maksimal mentee', 'Mentor pilihan 1', 'Mentor pilihan 2', 'Mentor pilihan 3', 'Catatan'],
  en: ['Timestamp', 'Email address', 'Full name', 'Nickname', 'WhatsApp number', 'City', 'Batch',
    'Skills you can offer (tick all that apply)', 'What would you like to learn?', 'Type of mentoring',
    'How many mentees can you take?', 'Preferred mentor 1', 'Preferred mentor 2', 'Preferred mentor 3', 'Notes'],
};

const firstNames = ('Siti Dewi Rina Sari Ayu Fitri Indah Lestari Yuli Wulan Ratna Putri Eka Mega Nur Rahma Sri Dian Rini Yanti Annisa Aisyah ' +
  'Nabila Aulia Intan Maya Diah Endah Fatimah Hana Ika Kurnia Laila Melati Novi Okta Puspa Qonita Ririn Salsabila Tri Umi Vina Wati Yulia Zahra').split(' ');
const lastNames = ('Nurhaliza Lestari Marlina Wulandari Hasanah Kartika Handayani Susanti Permatasari Wahyuningsih Pratiwi Safitri Anggraini ' +
  'Ramadhani Susilowati Puspitasari Rahayu Utami Siregar Nasution Harahap Lubis Simanjuntak Tanjung Hidayat Saputri Maharani').split(' ');
const cities = ['Bandung', 'Jakarta Selatan', 'Jakarta Timur', 'Surabaya', 'Yogyakarta', 'Jogja', 'Medan', 'Makassar', 'Semarang', 'Bogor', 'Kab. Bogor', 'Depok',
  'Malang', 'Bekasi', 'Tangerang Selatan', 'Palembang', 'Padang', 'Solo', 'Balikpapan', 'Pekanbaru', 'Denpasar', 'Kuala Lumpur', 'Riyadh', 'Tokyo'];

/** The form's checkbox options, in form order, each with the typos and variants people type under "Other". */
const formSkills: readonly (readonly string[])[] = [
  ['Bahasa Inggris', 'B. Inggris', 'English', 'bahasa inggris', 'Bhs Inggris'],
  ['Bahasa Arab', 'B. Arab', 'Arabic', 'bhs arab'],
  ['Desain Grafis (Canva)', 'canva', 'Desain grafis', 'Design grafis', 'Desain Grafis'],
  ['Public Speaking', 'public speaking', 'Publik speaking', 'Berbicara di depan umum'],
  ['Mind Mapping', 'mind-mapping', 'Mindmap', 'mind maping'],
  ['Menulis Kreatif', 'Menulis', 'Creative writing', 'menulis kreatif'],
  ['Memasak', 'Masak', 'Cooking', 'masak-memasak'],
  ['Baking', 'Bikin kue', 'baking', 'Membuat Kue'],
  ['Parenting Islami', 'Parenting', 'parenting islami', 'Pola asuh'],
  ['Tahsin', 'Tahsin Al-Quran', 'tahsin', 'Tahsin Quran'],
  ['Tahfidz', 'Tahfiz', 'Tahfidz Quran', 'Hafalan Quran'],
  ['Fotografi Produk', 'Foto produk', 'Fotografi', 'Product photography'],
  ['Copywriting', 'copy writing', 'Copywritting'],
  ['Digital Marketing', 'Pemasaran digital', 'digital marketing', 'Jualan online'],
  ['Manajemen Waktu', 'Time management', 'manajemen waktu'],
  ['Manajemen Keuangan Keluarga', 'Keuangan keluarga', 'Financial planning', 'Mengatur keuangan'],
  ['Menjahit', 'Jahit', 'Sewing', 'menjahit'],
  ['Merajut', 'Rajut', 'Knitting', 'Crochet'],
  ['Microsoft Excel', 'Ms. Excel', 'Excel', 'MS Excel'],
  ['Microsoft Word', 'Ms. Word', 'Word'],
  ['Homeschooling', 'HS', 'Home schooling', 'homeschool'],
  ['Montessori', 'montessori', 'Metode Montessori'],
  ['Berkebun', 'Hidroponik', 'Gardening', 'berkebun'],
  ['Make Up', 'Makeup', 'Rias wajah', 'MUA'],
  ['Ecoprint', 'Eco print', 'Ecoprinting'],
  ['Video Editing', 'Edit video', 'CapCut', 'video editing'],
];

/** Niche skills typed under "Other": the long tail (each also gets typos). */
const otherSkills = ('Kaligrafi,Merangkai bunga,Sulam pita,Batik tulis,Membuat sabun,Aromaterapi,Herbal,Bekam,Pijat bayi,Menyusui,MPASI,Kesehatan ibu hamil,' +
  'Yoga,Senam,Bersepeda,Berenang,Panahan,Menembak,Catur,Origami,Lettering,Hand lettering,Ilustrasi digital,Animasi,Coding,Python,Web design,' +
  'Wordpress,SEO,Shopee,Tokopedia,Reseller,Dropship,Akuntansi,Pajak,Investasi reksadana,Saham syariah,Zakat,Fiqih wanita,Bahasa Jepang,' +
  'Bahasa Mandarin,Bahasa Jerman,Bahasa Korea,Bahasa isyarat,Dongeng,Mendongeng,Story telling,Public relation,Event organizer,Wedding organizer,' +
  'Dekorasi,Interior,Arsitektur,Psikologi anak,Konseling,Terapi wicara,Sensori integrasi,ABK,Disleksia,Les calistung,Matematika,Fisika,Kimia,' +
  'Biologi,Sejarah Islam,Sirah Nabawiyah,Hadits,Bahasa Sunda,Bahasa Jawa,Tari tradisional,Angklung,Gitar,Piano,Menyanyi,Podcast,Youtube,' +
  'Instagram,TikTok,Fotografi ponsel,Menulis buku anak,Blogging,Jurnalistik,Penerjemahan,Proofreading,Legal drafting,Kepenulisan skripsi').split(',');

const kinds: Record<FormLanguage, string[]> = {
  id: ['Peer 1:1', 'Peer 1:1', 'Kelompok', 'Keduanya', 'keduanya', 'Peer (1 mentor 1 mentee)', 'Grup'],
  en: ['Peer 1:1', 'Peer 1:1', 'Group', 'Both', 'both', 'Peer (one to one)', 'group'],
};
const capacities: Record<FormLanguage, string[]> = {
  id: ['1', '1', '2', '2', '3', '3 orang', 'maks 4', '5', 'Maksimal 2', '2-3'],
  en: ['1', '1', '2', '2', '3', '3 people', 'max 4', '5', 'up to 2', '2-3'],
};
const notes = ['Bisa malam hari, setelah anak tidur', 'Hanya bisa akhir pekan', 'Mohon dipasangkan dengan yang satu kota', 'Only weekends please',
  'Saya baru pertama kali ikut', 'WA aktif jam kerja', 'Sedang hamil, mohon dimaklumi kalau slow respon'];

export interface GeneratedPerson {
  when: Date;
  cells: string[];
  phoneDigits: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The people, in submission order; about 1 in 60 submitted the form twice (a later, edited answer). */
export function generateRegistrations(rowCount: number, language: FormLanguage = 'id'): GeneratedPerson[] {
  const next = seededRandom(2026);
  const random = (n: number): number => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[random(list.length)];
  // Zipf-weighted index: a few options ticked by most people, a long tail ticked by few.
  const zipf = (n: number): number => Math.min(n - 1, Math.floor(n ** next() - 1));
  const typo = (word: string): string => {
    const at = 1 + random(Math.max(1, word.length - 2));
    const kind = random(3);
    if (kind === 0) return word.slice(0, at) + word.slice(at + 1); // a letter dropped
    if (kind === 1) return word.slice(0, at) + word[at] + word.slice(at); // a letter doubled
    return word.slice(0, at - 1) + (word[at] ?? '') + word[at - 1] + word.slice(at + 1); // two swapped
  };
  const checkboxes = (max: number): string => {
    const ticked = new Set<number>();
    for (let k = 1 + random(max); k > 0; k--) ticked.add(zipf(formSkills.length));
    const answers = [...ticked].sort((a, b) => a - b).map((i) => formSkills[i][0]);
    // "Other:" text comes last, as Google Forms writes it: a variant of an option, or a niche skill, sometimes misspelt.
    const other = random(10);
    if (other < 2) answers.push(pick(formSkills[zipf(formSkills.length)]));
    else if (other < 3) answers.push(random(3) === 0 ? typo(pick(otherSkills)) : pick(otherSkills));
    return answers.join(', ');
  };
  const start = Date.UTC(2026, 10, 1, 8, 0, 0);
  const people: GeneratedPerson[] = [];
  const names: string[] = [];
  for (let i = 0; people.length < rowCount; i++) {
    const resubmits = people.length > 100 && random(60) === 0;
    const earlier = resubmits ? people[people.length - 1 - random(50)] : null;
    const first = pick(firstNames);
    const name = earlier ? earlier.cells[2] : `${first} ${pick(lastNames)}${random(2) ? ` ${pick(lastNames)}` : ''}`;
    if (!earlier) names.push(name);
    const when = new Date(start + i * 37_000);
    const phoneDigits = earlier ? earlier.phoneDigits : `8${String(1_000_000_000 + random(900_000_000)).slice(0, 10)}`;
    const phone = [`0${phoneDigits.slice(0, 3)}-${phoneDigits.slice(3, 7)}-${phoneDigits.slice(7)}`, `+62 ${phoneDigits}`, `62${phoneDigits}`, `0${phoneDigits}`,
      `+62 ${phoneDigits.slice(0, 3)} ${phoneDigits.slice(3, 7)} ${phoneDigits.slice(7)}`][random(5)];
    const mentor = () => {
      const other = pick(names).split(' ');
      const form = random(5);
      if (form === 0) return `Bunda ${other[0]}`;
      if (form === 1) return `Bu ${other[0]}`;
      if (form === 2) return `${typo(other[0])} ${other[1] ?? ''}`.trim();
      return other.join(' ');
    };
    const preferenceCount = random(4);
    people.push({
      when,
      cells: [
        `${pad(when.getUTCDate())}/${pad(when.getUTCMonth() + 1)}/${when.getUTCFullYear()} ${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}:${pad(when.getUTCSeconds())}`,
        earlier ? earlier.cells[1] : `${first.toLowerCase()}.${name.split(' ')[1]?.toLowerCase() ?? 'x'}${i}@${pick(['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com'])}`,
        random(40) === 0 ? name.toUpperCase() : name,
        first,
        phone,
        pick(cities),
        `Batch ${4 + random(3)}`,
        checkboxes(3),
        checkboxes(2),
        pick(kinds[language]),
        pick(capacities[language]),
        preferenceCount > 0 ? mentor() : '',
        preferenceCount > 1 ? mentor() : '',
        preferenceCount > 2 ? mentor() : '',
        random(12) === 0 ? pick(notes) : '',
      ],
      phoneDigits,
    });
  }
  return people;
}

const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;

/** The export as Google Forms downloads it: UTF-8, every field quoted, comma, CRLF. */
export function registrationCsv(people: readonly GeneratedPerson[], language: FormLanguage = 'id'): Uint8Array {
  const csv = [registrationHeaders[language], ...people.map((p) => p.cells)].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(csv);
}

/** The rows as a spreadsheet holds them: timestamps as date cells, phones and capacities as numbers where they are numeric. */
export function registrationCells(people: readonly GeneratedPerson[], language: FormLanguage = 'id'): TestCell[][] {
  const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;
  return [registrationHeaders[language], ...people.map((p) => p.cells.map((cell, c): TestCell => {
    if (c === 0) return { serial: serial(p.when), format: 'dd/mm/yyyy hh:mm:ss' };
    if (c === 4 && /^\d+$/.test(cell)) return Number(cell);
    if (c === 10 && /^\d+$/.test(cell)) return Number(cell);
    return cell === '' ? null : cell;
  }))];
}

/** The export saved from Excel (or LibreOffice, Google Sheets: shared strings all). */
export function registrationXlsx(people: readonly GeneratedPerson[], options: TestWorkbookOptions = { strings: 'shared', flavor: 'excel' }, language: FormLanguage = 'id'): Uint8Array {
  return buildXlsx([{ name: 'Form Responses 1', rows: registrationCells(people, language) }], options);
}
