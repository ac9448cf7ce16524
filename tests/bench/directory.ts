// Mentor directory benchmark, at two sizes (1× and 4×) so growth shows: the HTML directory (grouping and
// rendering), the PDF catalogue against Chromium's own --print-to-pdf of the same page, and the posters
// (75 and 300) beside the plain Playwright way (a fresh setContent and page.screenshot per poster) at 75.
// Targets at 5,000 mentors: HTML < 1 s; PDF <= 1.5x Chromium's print; 300 posters < 30 s.
// Posters show wall time (browser launch included) and CPU time per poster of Node and all of Chromium's
// processes (Linux), which, unlike wall time, does not grow when others share the machine.
// Run: npm run bench:directory            (everything; about 15 min on a busy 2-core machine)
//      npm run bench:directory -- posters (the posters only)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Participant } from '../../src/shared/domain';
import { buildDirectory } from '../../src/main/core/directory';
import { directoryHtml, directoryPrintHtml, type DirectoryDocument } from '../../src/main/export/directory/html';
import { posterHtml, posterSize } from '../../src/main/export/directory/poster';
import { chromium as playwright } from 'playwright-core';
import { openImageRenderer } from '../../src/main/export/image';
import { chromiumFlags, findChromium, htmlToPdf } from '../../src/main/export/pdf';
import { intBetween, pick, seededRandom } from '../support/matching/randomCohort';
import { treeCpuSeconds } from './processCpu';
import { median } from './stats';

const rand = seededRandom(20261206);
const firstNames = ['Siti', 'Dewi', 'Ayu', 'Sri', 'Nur', 'Fitri', 'Rina', 'Yuliana', 'Ratna', 'Indah', 'Wulan', 'Putri', 'Kartika', 'Anisa', 'Dian', 'Eka', 'Maya', 'Novi', 'Retno', 'Intan', 'نور', 'Ayu 🌸'];
const lastNames = ['Aminah', 'Lestari', 'Rahayu', 'Handayani', 'Marlina', 'Wulandari', 'Susanti', 'Pratiwi', 'Hidayati', 'Kusumawati', 'Sari', 'Permatasari', 'Nurhaliza', 'Anggraini', 'Maharani', 'Safitri'];
const regions = ['Jakarta Selatan', 'Bandung', 'Bogor', 'Depok', 'Bekasi', 'Surabaya', 'Yogyakarta', 'Semarang', 'Malang', 'Medan', 'Makassar', 'Denpasar', 'Kabupaten Bandung Barat', 'Tangerang Selatan', 'Balikpapan', 'Pekanbaru'];
// A Google Form's checkbox list: a few skills are offered by many, most by few (Zipf-like weights).
const skills = ['Memasak', 'Bahasa Inggris', 'Parenting', 'Microsoft Excel', 'Public Speaking', 'Menjahit', 'Canva', 'Jualan Online', 'Tahsin', 'Homeschooling', 'Merajut', 'Menulis', 'Fotografi', 'Keuangan Keluarga', 'Berkebun', 'Tahfidz', 'Desain Grafis', 'Bahasa Arab', 'Kue Kering', 'Ecoprint'];
const weights = skills.map((_, i) => 1 / (i + 1));
const total = weights.reduce((a, b) => a + b, 0);
function skill(): string {
  let r = rand() * total;
  for (let i = 0; i < skills.length; i++) if ((r -= weights[i]) <= 0) return skills[i];
  return skills[0];
}
const about = 'Saya biasa mengajar dari dasar: alat dan bahan, langkah demi langkah, lalu latihan bersama sampai bisa mandiri. ';

function mentors(count: number): Participant[] {
  return Array.from({ length: count }, (_, i) => {
    const offers = [...new Set(Array.from({ length: intBetween(rand, 1, 4) }, skill))];
    const first = pick(rand, firstNames);
    return {
      id: `p${i}`, name: `${first} ${pick(rand, lastNames)}`, nickname: first, email: `p${i}@contoh.id`, phone: `+628${String(1_100_000_000 + i * 7919).slice(0, 10)}`,
      region: pick(rand, regions), level: `Batch ${intBetween(rand, 1, 8)}`, kind: pick(rand, ['peer', 'group', 'both'] as const), capacity: intBetween(rand, 0, 5),
      closed: rand() < 0.1, offers, seeks: [], preferences: [], notes: '', submittedAt: '',
      extra: { 'Ceritakan keahlianmu': rand() < 0.6 ? about.repeat(intBetween(rand, 0, 2)).slice(0, intBetween(rand, 20, 200)) : '' },
    };
  });
}

function documentOf(people: Participant[]): DirectoryDocument {
  const pairings = people.slice(0, people.length / 2).map((p) => ({ mentorId: p.id }));
  const directory = buildDirectory({ participants: people, pairings, showContacts: true, aboutColumn: 'Ceritakan keahlianmu', now: new Date() });
  return { directory, program: 'Bunda Cekatan', cohort: 'Batch 7 Nasional', language: 'id' };
}

const time = async (work: () => unknown, runs: number): Promise<number[]> => {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    ms.push(performance.now() - t);
  }
  return ms;
};
const show = (ms: number[]) => `median ${(median(ms) / 1000).toFixed(3)} s  [${ms.map((x) => (x / 1000).toFixed(2)).join(', ')}]`;

function noChromium(): never {
  console.error('No Chrome/Chromium found; set KUPU_CHROMIUM.');
  process.exit(1);
}
const chromium = findChromium() ?? noChromium();
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const dir = mkdtempSync(path.join(tmpdir(), 'kupu-bench-directory-'));
const pages = (file: string): number => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
let failed = false;
const postersOnly = process.argv.includes('posters');

async function directoryAndPdf() {
  const htmlMedians: number[] = [];
  for (const size of [1_250, 5_000]) {
    const people = mentors(size);
    const html = await time(() => directoryHtml(documentOf(people)), 5);
    htmlMedians.push(median(html));
    const doc = documentOf(people);
    const printHtml = directoryPrintHtml(doc);
    const file = path.join(dir, `directory-${size}.html`);
    writeFileSync(file, printHtml);
    console.log(`\n${size} mentors, ${doc.directory.sections.length} skills, ${doc.directory.sections.reduce((n, s) => n + s.mentors.length, 0)} listings; print HTML ${(printHtml.length / 1e6).toFixed(1)} MB`);
    console.log(`  HTML directory (group + render)      ${show(html)}  target < 1 s at 5,000`);
    const kupuPdf = path.join(dir, `kupu-${size}.pdf`);
    const kupu = await time(() => htmlToPdf(printHtml, { paper: 'A4', output: kupuPdf }), 3);
    const cliPdf = path.join(dir, `chromium-${size}.pdf`);
    const cli = await time(() => {
      const profile = mkdtempSync(path.join(dir, 'profile-'));
      const run = spawnSync(chromium, ['--headless', ...chromiumFlags, '--no-pdf-header-footer', `--user-data-dir=${profile}`, `--print-to-pdf=${cliPdf}`, pathToFileURL(file).href], { encoding: 'utf8' });
      rmSync(profile, { recursive: true, force: true });
      if (run.status !== 0 || !statSync(cliPdf, { throwIfNoEntry: false })) throw new Error(`chromium --print-to-pdf failed: ${run.stderr.slice(-300)}`);
    }, 3);
    const ratio = median(kupu) / median(cli);
    console.log(`  PDF, kupu htmlToPdf (launch incl.)   ${show(kupu)}  ${pages(kupuPdf)} pages`);
    console.log(`  PDF, chromium --print-to-pdf         ${show(cli)}  ${pages(cliPdf)} pages`);
    console.log(`  PDF ratio kupu/chromium ${ratio.toFixed(2)}x (target <= 1.5x) ${ratio <= 1.5 ? 'OK' : 'SLOWER THAN TARGET'}`);
    if (size === 5_000 && (ratio > 1.5 || median(html) > 1000)) failed = true;
  }
  console.log(`\nHTML growth 1,250 -> 5,000 (4x input): ${(htmlMedians[1] / htmlMedians[0]).toFixed(1)}x`);
}

/** Renders every page once; the wall time is taken by the caller, the CPU time of the whole tree here. */
type PosterWay = (pages: readonly string[]) => Promise<{ cpuSeconds: number | null; bytes: number }>;

const kupuPosters = (tabs?: number): PosterWay => async (pages) => {
  const cpuBefore = treeCpuSeconds();
  const renderer = await openImageRenderer(posterSize, { tabs });
  try {
    const images = await Promise.all(pages.map((page) => renderer.render(page)));
    const cpuAfter = treeCpuSeconds();
    return { cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, bytes: images.reduce((n, png) => n + png.length, 0) };
  } finally {
    await renderer.close();
  }
};

/** The peer: Playwright's own way, one page, a fresh document and a screenshot per poster. */
const playwrightPosters: PosterWay = async (pages) => {
  const cpuBefore = treeCpuSeconds();
  const browser = await playwright.launch({ executablePath: chromium, headless: true, args: [...chromiumFlags] });
  try {
    const page = await browser.newPage({ viewport: posterSize, javaScriptEnabled: false, deviceScaleFactor: 1 });
    let bytes = 0;
    for (const html of pages) {
      await page.setContent(html, { waitUntil: 'load' });
      bytes += (await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...posterSize } })).length;
    }
    const cpuAfter = treeCpuSeconds();
    return { cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, bytes };
  } finally {
    await browser.close();
  }
};

async function posterFigures(label: string, pages: readonly string[], way: PosterWay): Promise<number> {
  const ms: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    const result = await way(pages);
    ms.push(performance.now() - t);
    if (result.cpuSeconds !== null) cpu.push(result.cpuSeconds);
    bytes = result.bytes;
  }
  const perPoster = (total: number) => `${Math.round(total / pages.length)} ms`;
  const cpuText = cpu.length ? `cpu/poster ${perPoster(median(cpu) * 1000)}` : 'cpu n/a';
  console.log(`  ${label.padEnd(38)} ${show(ms)}  wall/poster ${perPoster(median(ms))}  ${cpuText}  PNG ${(bytes / pages.length / 1024).toFixed(0)} KB avg  (load ${loadavg()[0].toFixed(1)})`);
  return median(ms);
}

async function posterBench() {
  const kupuMedians: number[] = [];
  for (const count of [75, 300]) {
    const doc = documentOf(mentors(count));
    const listed = [...new Map(doc.directory.sections.flatMap((s) => s.mentors).map((m) => [m.id, m])).values()];
    const pages = listed.map((mentor) => posterHtml({ mentor, program: doc.program, cohort: doc.cohort, language: 'id' }));
    console.log(`\n${listed.length} posters (1080x1350 PNG, browser launch incl.; median of 3)`);
    if (count === 75) {
      const peer = await posterFigures('Playwright setContent + screenshot', pages, playwrightPosters);
      const oneTab = await posterFigures('kupu, 1 tab', pages, kupuPosters(1));
      const kupu = await posterFigures('kupu (default tabs)', pages, kupuPosters());
      console.log(`  ratio Playwright/kupu: 1 tab ${(peer / oneTab).toFixed(2)}x, default ${(peer / kupu).toFixed(2)}x`);
      kupuMedians.push(kupu);
    } else {
      const kupu = await posterFigures('kupu (default tabs)', pages, kupuPosters());
      kupuMedians.push(kupu);
      console.log(`  target < 30 s for 300: ${kupu < 30_000 ? 'OK' : 'SLOWER THAN TARGET'}`);
      if (kupu > 30_000) failed = true;
    }
  }
  console.log(`poster growth 75 -> 300 (4x input): ${(kupuMedians[1] / kupuMedians[0]).toFixed(1)}x`);
}

try {
  if (!postersOnly) await directoryAndPdf();
  await posterBench();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
