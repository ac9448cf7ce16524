import type { FieldKey } from '../../shared/contract';
import { foldText } from '../../shared/text';

/** Header -> field; null keeps the column as an extra field. Null-prototype: headers are user data. */
export type ColumnMapping = Record<string, FieldKey | null>;

/** Lower-case, diacritics folded, punctuation to spaces, collapsed. */
export function normalizeHeader(header: string): string {
  return foldText(header).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The header without trailing descriptions: "(boleh lebih dari satu)", "[wajib]", "- pilih satu", "?". */
function headerCore(header: string): string {
  const cut = header
    .replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ')
    .split(/\s[-–—:]\s|[?\n:]/)[0] ?? header;
  return normalizeHeader(cut);
}

type Rule = readonly [FieldKey, RegExp];

// Order matters: the first rule that matches wins ("Nama mentor pilihan 1" is a preference, not a name;
// "Jumlah maksimal mentee" is a capacity, not a mentee list).
const rules: readonly Rule[] = [
  ['submittedAt', /^(stempel waktu|timestamp|waktu( pengisian| submit| daftar)?|tanggal( pengisian| daftar| submit)?|submitted( at| on)?|submission (time|date)|date submitted)$/],
  ['email', /\b(e ?mail|surel|surat elektronik)\b/],
  ['preference', /\b(mentor|pendamping)\b.*\b(pilihan|preferensi|prioritas|urutan|ke|choice|preferred|preference|rank|option|diinginkan|diharapkan|dituju|tujuan|favorit|incaran)\b|\b(mentor|pendamping) \d{1,2}$|\b(pilihan|preferensi|prioritas|preferred|preference|choice|pilih)\b.*\b(mentor|pendamping)\b|\b(1st|2nd|3rd|\d+th|first|second|third)\b.*\bmentor\b|\b(who|whom|siapa)\b.*\b(mentor|pendamping)\b/],
  ['capacity', /\b(kapasitas|capacity|kuota|quota|jumlah (maksimal |maks |max )?mentee|maksimal mentee|maks mentee|max(imum)? (number of )?mentees?|berapa (banyak )?mentee|mentees? (max|maksimal|limit)|how many mentees|number of mentees|how many (people|participants) can you (mentor|take)|mentees? can you (take|mentor|accept|handle)|sanggup .*\bdampingi|bisa .*\bdampingi)\b/],
  // "Mentoring you can offer" (peer, group or both) is the kind; "Mentoring skills you can offer" is not.
  ['kind', /\b(jenis|bentuk|tipe|model|kind|type|format)\b.*\b(pendampingan|mentoring|mentorship|bimbingan)\b|\b(peer|sebaya|1 on 1|one on one)\b.*\b(kelompok|group|grup)\b|^(jenis|kind|type|mentoring type)$|^(mentoring|mentorship|pendampingan|bimbingan)\b(?!.*\b(skills?|keahlian|bidang|topics?|topik|materi|subjects?)\b)/],
  ['nickname', /\b(nama panggilan|panggilan|nickname|nick name|nama sapaan|sapaan|called|preferred name|call you|dipanggil)\b/],
  ['phone', /\b(whatsapp|whats app|wa|hp|handphone|telepon|telpon|telp|tlp|phone|ponsel|mobile|no hp|nomor hp|kontak|contact number|cell)\b/],
  ['offers', /\b(ditawarkan|menawarkan|tawarkan|dibagikan|berbagi|bisa diajarkan|dapat diajarkan|mengajar|keahlian (saya|yang dimiliki|anda|bunda)|skills? (you can|i can|to) (mentor|teach|share|offer)|skills? offered|offer(ed|s)?|can (mentor|teach)|can you (teach|share|offer)|expertise|sebagai mentor|as (a )?mentor|bagikan|ajarkan|tularkan)\b/],
  ['seeks', /\b(dipelajari|ingin belajar|mau belajar|ingin dipelajari|pelajari|dicari|dibutuhkan|butuh|want to learn|wish to learn|learn|seek(s|ing)?|looking for|sebagai mentee|as (a )?mentee)\b/],
  ['name', /^(nama|nama lengkap|nama peserta|nama bunda|nama ibu|name|full name|nama sesuai ktp|your name|participant name|nama anda)$|\b(nama lengkap|full name)\b/],
  ['region', /\b(domisili|kota|kabupaten|kab|provinsi|city|region|regional|wilayah|lokasi|location|asal|daerah|town)\b/],
  ['level', /\b(kelas|batch|level|angkatan|class|cohort|tingkat|jenjang)\b/],
  ['notes', /\b(catatan|notes?|keterangan|komentar|comments?|pesan|remarks?|lain lain|anything else)\b/],
];

/** The field a header names, or null. Tries the header without its description first, then whole. */
export function fieldOfHeader(header: string): FieldKey | null {
  const core = headerCore(header);
  const full = normalizeHeader(header);
  for (const text of core === full ? [core] : [core, full]) {
    if (text === '') continue;
    for (const [field, pattern] of rules) if (pattern.test(text)) return field;
  }
  return null;
}

/**
 * Header -> field for a whole header row. Each field is taken by the first column that names it,
 * except preferences (one column per rank); later look-alikes stay extra fields.
 */
export function detectColumns(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = Object.create(null);
  const taken = new Set<FieldKey>();
  for (const header of headers) {
    if (Object.hasOwn(mapping, header)) continue;
    const field = fieldOfHeader(header);
    if (field !== null && field !== 'preference' && taken.has(field)) {
      mapping[header] = null;
      continue;
    }
    if (field !== null) taken.add(field);
    mapping[header] = field;
  }
  return mapping;
}

/** How many distinct fields a row of would-be headers names (preferences count once). */
export function headerScore(cells: readonly string[]): number {
  const fields = new Set<FieldKey>();
  for (const cell of cells) {
    if (cell.length === 0 || cell.length > 300) continue;
    const field = fieldOfHeader(cell);
    if (field !== null) fields.add(field);
  }
  return fields.size;
}

/**
 * The header row among the first 10 non-empty rows: the one naming the most fields (a title row such
 * as "Pendaftaran Mentor Batch 5" above it names at most one). Falls back to the first non-empty row.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): { index: number; score: number } {
  let best = -1;
  let bestScore = 0;
  let seen = 0;
  for (let i = 0; i < rows.length && seen < 10; i++) {
    if (!rows[i].some((cell) => cell.trim() !== '')) continue;
    seen++;
    if (best < 0) best = i;
    const score = headerScore(rows[i]);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return { index: best < 0 ? 0 : best, score: bestScore };
}

/**
 * The rank of a preference column: the number in its header ("Mentor pilihan 2", "2nd choice"), an
 * ordinal word ("pertama", "kedua", "third"), else null (ordered by column position).
 */
export function preferenceRank(header: string): number | null {
  const text = normalizeHeader(header);
  const digits = /\b(\d{1,2})(st|nd|rd|th)?\b/.exec(text);
  if (digits) return Number(digits[1]);
  const words: Record<string, number> = Object.assign(Object.create(null), {
    pertama: 1, first: 1, utama: 1, kedua: 2, second: 2, ketiga: 3, third: 3, keempat: 4, fourth: 4, kelima: 5, fifth: 5,
  });
  for (const token of text.split(' ')) if (Object.hasOwn(words, token)) return words[token];
  return null;
}

/**
 * A stable id for a form's questions, so a mapping the coordinator fixed once can be reused the next
 * time the same form's export is imported (order-sensitive; case, spacing and punctuation are not).
 */
export function formSignature(headers: readonly string[]): string {
  const text = headers.map(normalizeHeader).join('\u001f');
  // cyrb53: 53-bit string hash; collisions between two forms of one coordinator are not a concern.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `form-${hash.toString(36).padStart(11, '0')}`;
}
