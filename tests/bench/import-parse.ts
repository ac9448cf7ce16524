// Import parsing benchmark: a 50,000-row registration export as CSV and XLSX, parsed and normalized by
// Kupu (median of 3), against openpyxl (read_only) merely iterating the same XLSX's rows.
//   npx tsx tests/bench/import-parse.ts [rows]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRegistration } from '../../src/main/import/parse';
import { readTable } from '../../src/main/import/table';
import { buildXlsx, type TestCell } from '../../src/main/import/test-xlsx';
import { nodeInflateRaw, parseRegistrationOffThread } from '../../src/main/import/worker';

const rowCount = Number(process.argv[2] ?? 50_000);
const dir = join(tmpdir(), 'kupu-bench');
mkdirSync(dir, { recursive: true });

const firstNames = 'Siti Dewi Rina Sari Ayu Fitri Indah Lestari Yuli Wulan Ratna Putri Eka Mega Nur Rahma Sri Dian Rini Yanti Annisa Aisyah Nabila Aulia Intan Maya'.split(' ');
const lastNames = 'Nurhaliza Lestari Marlina Wulandari Hasanah Kartika Handayani Susanti Permatasari Wahyuningsih Pratiwi Safitri Anggraini Ramadhani Susilowati Puspitasari Rahayu Utami'.split(' ');
const cities = 'Bandung Jakarta Surabaya Yogyakarta Medan Makassar Semarang Bogor Depok Malang Bekasi Tangerang Palembang Padang Solo Balikpapan'.split(' ');
const skills = ['Desain Grafis (Canva)', 'canva', 'Public Speaking', 'Mind Mapping', 'mind-mapping', 'Menulis Kreatif', 'Memasak', 'Baking', 'Parenting Islami', 'Tahsin', 'Fotografi Produk', 'Copywriting', 'Digital Marketing', 'Manajemen Waktu', 'Manajemen Keuangan Keluarga', 'Menjahit', 'Merajut'];
const kinds = ['Peer 1:1', 'Kelompok', 'Keduanya'];
const capacities = ['1', '2', '3 orang', 'maks 4', '5'];

let seed = 2026;
function random(n: number): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
}
const pick = <T>(list: readonly T[]): T => list[random(list.length)];
const some = (list: readonly string[], max: number) => [...new Set(Array.from({ length: 1 + random(max) }, () => pick(list)))].join(', ');

const headers = ['Stempel waktu', 'Alamat email', 'Nama Lengkap', 'Nama Panggilan', 'Nomor WhatsApp', 'Domisili', 'Kelas',
  'Keahlian yang ditawarkan (boleh lebih dari satu)', 'Bidang yang ingin dipelajari', 'Jenis pendampingan yang diinginkan',
  'Jumlah maksimal mentee', 'Mentor pilihan 1', 'Mentor pilihan 2', 'Mentor pilihan 3', 'Catatan'];
const start = Date.UTC(2026, 10, 1, 8, 0, 0);
const people = Array.from({ length: rowCount }, (_, i) => {
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
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = [headers, ...people.map((p) => p.cells)].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
const csvBytes = new TextEncoder().encode(csv);
const csvPath = join(dir, 'registrations.csv');
writeFileSync(csvPath, csvBytes);

// The XLSX the way a coordinator's spreadsheet holds it: timestamps as date cells, phones and
// capacities as numbers where they are numeric.
const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;
const xlsxRows: TestCell[][] = [headers, ...people.map((p) => p.cells.map((cell, c): TestCell => {
  if (c === 0) return { serial: serial(p.when), format: 'dd/mm/yyyy hh:mm:ss' };
  if (c === 4) return Number(p.phoneDigits);
  if (c === 10 && /^\d+$/.test(cell)) return Number(cell);
  return cell === '' ? null : cell;
}))];
const xlsxBytes = buildXlsx([{ name: 'Form Responses 1', rows: xlsxRows }], { strings: 'shared' });
const xlsxPath = join(dir, 'registrations.xlsx');
writeFileSync(xlsxPath, xlsxBytes);

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
/** Median wall time of 3 runs (CPU time shown too: this machine is often shared). */
function time(label: string, run: () => unknown): number {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const ms = median(times);
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(', ')}; cpu ${median(cpu).toFixed(0)} ms)`);
  return ms;
}

console.log(`${rowCount.toLocaleString('en')} rows; CSV ${(csvBytes.length / 1e6).toFixed(1)} MB, XLSX ${(xlsxBytes.length / 1e6).toFixed(1)} MB in ${dir}`);
time('CSV  readTable', () => readTable(csvBytes, 'registrations.csv'));
time('CSV  parseRegistration (parse+normalize+dedupe)', () => parseRegistration(csvBytes, 'registrations.csv'));
time('XLSX readTable', () => readTable(xlsxBytes, 'registrations.xlsx'));
time('XLSX parseRegistration, fflate (pure)', () => parseRegistration(xlsxBytes, 'registrations.xlsx'));
const kupu = time('XLSX parseRegistration, node:zlib (as the worker)', () => {
  const parsed = parseRegistration(xlsxBytes, 'registrations.xlsx', { inflateRaw: nodeInflateRaw });
  if (parsed.rows.length !== rowCount || parsed.errors.length > 0) throw new Error(`unexpected: ${parsed.rows.length} rows, ${parsed.errors.length} errors`);
});
const offThread: number[] = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  await parseRegistrationOffThread(xlsxBytes, 'registrations.xlsx');
  offThread.push(performance.now() - started);
}
console.log(`${'XLSX parseRegistrationOffThread (tsx worker)'.padEnd(48)} ${median(offThread).toFixed(0).padStart(6)} ms  (runs: ${offThread.map((t) => t.toFixed(0)).join(', ')}; incl. worker start + transfer)`);
console.log(`RSS after: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

const python = `
import sys, time, warnings, openpyxl
warnings.simplefilter("ignore")
wall, cpu = [], []
for _ in range(3):
    started, cpu_started = time.perf_counter(), time.process_time()
    wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
    n = 0
    for row in wb.worksheets[0].iter_rows(values_only=True):
        n += 1
    wb.close()
    wall.append(time.perf_counter() - started)
    cpu.append(time.process_time() - cpu_started)
print(f"{sorted(wall)[1] * 1000:.0f} {sorted(cpu)[1] * 1000:.0f} {n}")
`;
try {
  const [ms, cpu, rows] = execFileSync('/usr/bin/python3', ['-c', python, xlsxPath], { encoding: 'utf8' }).trim().split(' ');
  console.log(`${'openpyxl read_only, iterating rows'.padEnd(48)} ${ms.padStart(6)} ms  (${rows} rows; cpu ${cpu} ms)`);
  console.log(`Kupu XLSX parse+normalize / openpyxl read: ${(kupu / Number(ms)).toFixed(2)} (target for the whole import: <= 0.5)`);
} catch (error) {
  console.log(`openpyxl peer not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
