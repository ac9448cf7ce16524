// Import parsing benchmark: a 50,000-row registration export as CSV and XLSX, parsed and normalized by
// Kupu (median of 3), against openpyxl (read_only) merely iterating the same XLSX's rows.
//   npx tsx tests/bench/import-parse.ts [rows]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRegistration } from '../../src/main/import/parse';
import { readTable } from '../../src/main/import/table';
import { parseRegistrationInThread, parseRegistrationOffThread } from '../../src/main/import/worker';
import { openpyxlScript } from './openpyxl';
import { generateRegistrations, registrationCsv, registrationXlsx } from './registrations-gen';
import { median } from './stats';

const rowCount = Number(process.argv[2] ?? 50_000);
const dir = join(tmpdir(), 'kupu-bench');
mkdirSync(dir, { recursive: true });

const people = generateRegistrations(rowCount);
const csvBytes = registrationCsv(people);
const csvPath = join(dir, 'registrations.csv');
writeFileSync(csvPath, csvBytes);
const xlsxBytes = registrationXlsx(people);
const xlsxPath = join(dir, 'registrations.xlsx');
writeFileSync(xlsxPath, xlsxBytes);

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
  const parsed = parseRegistrationInThread(xlsxBytes, 'registrations.xlsx');
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

try {
  const [ms, cpu, , rows] = execFileSync('/usr/bin/python3', ['-c', openpyxlScript, xlsxPath], { encoding: 'utf8' }).trim().split(' ').map(Number);
  console.log(`${'openpyxl read_only, iterating rows'.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms  (${rows} rows; cpu ${cpu.toFixed(0)} ms)`);
  console.log(`Kupu XLSX parse+normalize / openpyxl read: ${(kupu / ms).toFixed(2)} (target for the whole import: <= 0.5)`);
} catch (error) {
  console.log(`openpyxl peer not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
