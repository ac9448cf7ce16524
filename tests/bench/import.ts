// `npm run bench:import [sizes]` (default 12500,50000): Kupu's full import (read the file, parse, normalize,
// store into a fresh cohort file through commitImport, as `kupu import` does) of a registration export in
// the three shapes coordinators receive, side by side with peers on the same files (see import-peers.ts):
//   - CSV as Google Forms downloads it (Indonesian form)          vs the floor in Node (target: <= 3x);
//   - XLSX with shared strings, as Excel/LibreOffice/Google Sheets save it (Indonesian form)
//                                                                  vs openpyxl read_only reading it (<= 0.5x);
//   - XLSX with inline strings, written by openpyxl itself as pandas' to_excel does (English form)
//                                                                  vs openpyxl read_only reading it (<= 0.5x);
// at two sizes (so growth shows), then a 5,000-row import of each shape previewed and committed (< 1 s each).
// Every Kupu run is a fresh process (a cold start, like the command line) so its peak RSS is its own (< 500 MB).
// Medians of 3; CPU time is shown beside wall time because this machine is often shared.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { floorScript, nodeFloor, python, pythonPeer, schemaFloor, type Run } from './import-peers';
import { openpyxlScript, openpyxlWriteScript } from './openpyxl';
import { generateRegistrations, registrationCells, registrationCsv, registrationXlsx } from './registrations-gen';
import { median } from './stats';

const targets = { xlsxVsOpenpyxl: 0.5, csvVsNodeFloor: 3, peakRssMb: 500, phaseMs: 1000 } as const;
const phaseRows = 5_000;

interface ImportRun extends Run {
  added: number;
  previewMs: number;
  previewCpuMs: number;
}

/** One import into a fresh cohort in this (fresh) process, as `kupu import` runs it (parsed in this thread). */
async function child(file: string, withPreview: boolean): Promise<void> {
  const { commitImport, previewImport } = await import('../../src/main/services/import/registrations');
  const { openSession } = await import('../../src/main/session');
  const dir = mkdtempSync(join(tmpdir(), 'kupu-bench-cohort-'));
  const session = openSession(join(dir, 'cohort.kupu.sqlite'));
  try {
    const request = () => ({ fileName: basename(file), data: readFileSync(file).toString('base64') });
    let previewMs = 0;
    let previewCpuMs = 0;
    if (withPreview) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const preview = await previewImport(session.db, request(), { parseInThread: true });
      previewMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      previewCpuMs = (used.user + used.system) / 1000;
      if (preview.errors.length > 0) throw new Error(`preview failed: ${JSON.stringify(preview.errors.slice(0, 3))}`);
    }
    const started = performance.now();
    const cpu = process.cpuUsage();
    const report = await commitImport(session.db, request(), { parseInThread: true });
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - started;
    if (!report.committed || report.errors.length > 0) throw new Error(`import failed: ${JSON.stringify(report.errors.slice(0, 3))}`);
    if (report.added !== report.rows) throw new Error(`${report.added} added of ${report.rows} rows`);
    const run: ImportRun = { wallMs, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, added: report.added + report.duplicates, previewMs, previewCpuMs };
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } finally {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Three fresh processes of one mode on `file`: median times, highest peak RSS. */
function runs(file: string, rows: number, mode: '--child' | '--preview-commit' | '--node-floor' | '--schema-floor'): ImportRun {
  const all: ImportRun[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), mode, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const run: ImportRun = { previewMs: 0, previewCpuMs: 0, ...JSON.parse(out.trim().split('\n').pop() ?? '{}') };
    if (run.added !== rows) throw new Error(`${basename(file)}: ${run.added} rows read, expected ${rows}`);
    all.push(run);
  }
  const mid = (key: 'wallMs' | 'cpuMs' | 'previewMs' | 'previewCpuMs') => median(all.map((r) => r[key]));
  return { wallMs: mid('wallMs'), cpuMs: mid('cpuMs'), previewMs: mid('previewMs'), previewCpuMs: mid('previewCpuMs'), peakRssMb: Math.max(...all.map((r) => r.peakRssMb)), added: rows };
}

interface Shape {
  label: string;
  file: string;
  peerLabel: string;
  peer: () => Run | string;
  target: number;
}

/** The files of one size, in the bench's folder; openpyxl's workbook is kept between runs (it takes a while to write). */
function writeFiles(dir: string, rows: number): { csv: string; shared: string; inline: string } {
  const indonesian = generateRegistrations(rows, 'id');
  const csv = join(dir, `registrations-${rows}.csv`);
  const shared = join(dir, `registrations-${rows}-shared.xlsx`);
  writeFileSync(csv, registrationCsv(indonesian));
  writeFileSync(shared, registrationXlsx(indonesian, { strings: 'shared', flavor: 'excel' }));
  const cells = JSON.stringify(registrationCells(generateRegistrations(rows, 'en'), 'en'));
  const inline = join(dir, `registrations-${rows}-openpyxl-${createHash('sha256').update(cells).digest('hex').slice(0, 12)}.xlsx`);
  if (!existsSync(inline)) {
    const cellsFile = join(dir, 'cells.json');
    writeFileSync(cellsFile, cells);
    execFileSync(python, ['-c', openpyxlWriteScript, cellsFile, `${inline}.part`]);
    renameSync(`${inline}.part`, inline);
    rmSync(cellsFile);
  }
  return { csv, shared, inline };
}

const mb = (file: string) => `${(readFileSync(file).length / 1e6).toFixed(1)} MB`;
const ms = (n: number) => n.toFixed(0).padStart(6);
const times = (run: Run) => `${ms(run.wallMs)} /${ms(run.cpuMs)}`;
const ratios = (kupu: Run, peer: Run) => `${(kupu.wallMs / peer.wallMs).toFixed(2).padStart(5)} /${(kupu.cpuMs / peer.cpuMs).toFixed(2).padStart(5)}`;

async function main(): Promise<void> {
  const sizes = (process.argv[2] ?? '12500,50000').split(',').map(Number);
  const dir = join(tmpdir(), 'kupu-bench-import');
  mkdirSync(dir, { recursive: true });
  console.log(`bench:import, files in ${dir}. Medians of 3 runs, wall / cpu ms; ratio = Kupu / peer (wall / cpu); verdicts on wall time.`);
  // Each line is printed as soon as it is measured (a 50,000-row run takes minutes on a shared machine).
  const print = (line: string) => console.log(line);
  print(`\n${'rows'.padStart(7)}  ${'file'.padEnd(40)} ${'size'.padStart(7)}  ${'Kupu import'.padStart(13)} ${'peak RSS'.padStart(8)}  ${'peer'.padEnd(32)} ${'peer'.padStart(13)}  ${'ratio'.padStart(12)}  target`);
  const verdicts: boolean[] = [];
  const growth = new Map<string, Run[]>();
  let peakRss = 0;
  for (const rows of sizes) {
    const files = writeFiles(dir, rows);
    const shapes: Shape[] = [
      { label: 'CSV, Google Forms (Indonesian)', file: files.csv, peerLabel: 'floor in Node (csv + raw insert)', peer: () => runs(files.csv, rows, '--node-floor'), target: targets.csvVsNodeFloor },
      { label: 'XLSX shared strings, Excel (Indonesian)', file: files.shared, peerLabel: 'openpyxl read_only read', peer: () => pythonPeer(openpyxlScript, files.shared, rows), target: targets.xlsxVsOpenpyxl },
      { label: 'XLSX inline strings, openpyxl (English)', file: files.inline, peerLabel: 'openpyxl read_only read', peer: () => pythonPeer(openpyxlScript, files.inline, rows), target: targets.xlsxVsOpenpyxl },
    ];
    let storedRows: Run | undefined;
    for (const shape of shapes) {
      const kupu = runs(shape.file, rows, '--child');
      const peer = shape.peer();
      peakRss = Math.max(peakRss, kupu.peakRssMb);
      growth.set(shape.label, [...(growth.get(shape.label) ?? []), kupu]);
      let verdict = '';
      if (typeof peer !== 'string') {
        const met = kupu.wallMs / peer.wallMs <= shape.target;
        verdicts.push(met);
        verdict = `${ratios(kupu, peer)}  <= ${shape.target} ${met ? 'met' : 'MISSED'}`;
      }
      print(`${rows.toLocaleString('en').padStart(7)}  ${shape.label.padEnd(40)} ${mb(shape.file).padStart(7)}  ${times(kupu)} ${`${kupu.peakRssMb.toFixed(0)} MB`.padStart(8)}  ` +
        `${shape.peerLabel.padEnd(32)} ${typeof peer === 'string' ? `not run: ${peer}` : `${times(peer)}  ${verdict}`}`);
      const context = (label: string, run: Run | string) =>
        print(`${''.padStart(7 + 2 + 40 + 1 + 7 + 2 + 13 + 1 + 8 + 2)}${label.padEnd(32)} ${typeof run === 'string' ? `not run: ${run}` : `${times(run)}  ${ratios(kupu, run)}`}`);
      if (shape.file === files.csv) {
        context('(context) python csv + sqlite3', pythonPeer(floorScript, files.csv, rows));
        storedRows = runs(files.csv, rows, '--schema-floor');
        context("(context) Kupu's rows, raw insert", storedRows);
      }
      // The CSV and this workbook hold the same people: the rows Kupu stores for both are the same.
      if (shape.file === files.shared && storedRows && typeof peer !== 'string') {
        print(`${''.padStart(7 + 2 + 40 + 1 + 7 + 2 + 13 + 1 + 8 + 2)}${"(context) Kupu's rows, raw insert".padEnd(32)} ${times(storedRows)}  ` +
          `${ratios(storedRows, peer)}  (these writes alone, / openpyxl)`);
      }
    }
  }

  if (sizes.length > 1) {
    const factor = sizes[sizes.length - 1] / sizes[0];
    console.log(`\ngrowth of Kupu's import, ${sizes[0].toLocaleString('en')} -> ${sizes[sizes.length - 1].toLocaleString('en')} rows (${factor}x the input; linear is ~${factor}x), wall / cpu:`);
    for (const [label, [first, ...rest]] of growth) {
      const last = rest.pop() ?? first;
      console.log(`  ${label.padEnd(40)} ${(last.wallMs / first.wallMs).toFixed(2).padStart(5)}x / ${(last.cpuMs / first.cpuMs).toFixed(2)}x`);
    }
  }

  const files = writeFiles(dir, phaseRows);
  console.log(`\n${phaseRows.toLocaleString('en')}-row import into a fresh cohort, previewed then committed in one process (parsed in-thread, as the CLI does), wall / cpu ms:`);
  for (const [label, file] of [['CSV', files.csv], ['XLSX shared strings', files.shared], ['XLSX inline strings', files.inline]] as const) {
    const run = runs(file, phaseRows, '--preview-commit');
    const met = run.previewMs < targets.phaseMs && run.wallMs < targets.phaseMs;
    verdicts.push(met);
    console.log(`  ${label.padEnd(22)} preview ${ms(run.previewMs)} /${ms(run.previewCpuMs)}   commit ${ms(run.wallMs)} /${ms(run.cpuMs)}   each < ${targets.phaseMs} ms: ${met ? 'met' : 'MISSED'}`);
  }
  verdicts.push(peakRss < targets.peakRssMb);
  console.log(`\nKupu peak RSS ${peakRss.toFixed(0)} MB (< ${targets.peakRssMb} MB: ${peakRss < targets.peakRssMb ? 'met' : 'MISSED'}). Targets met: ${verdicts.filter(Boolean).length} of ${verdicts.length}.`);
}

if (process.argv[2] === '--child') await child(process.argv[3], false);
else if (process.argv[2] === '--preview-commit') await child(process.argv[3], true);
else if (process.argv[2] === '--node-floor') process.stdout.write(`${JSON.stringify(await nodeFloor(process.argv[3]))}\n`);
else if (process.argv[2] === '--schema-floor') process.stdout.write(`${JSON.stringify(await schemaFloor(process.argv[3]))}\n`);
else await main();
