// Mentor directory benchmark, at two sizes (1× and 4×) so growth shows: the HTML directory (grouping and
// rendering), the PDF catalogue against Chromium's own --print-to-pdf of the same page, and the posters.
// Targets at 5,000 mentors: HTML < 1 s; PDF <= 1.5x Chromium's print; 300 posters < 30 s.
// Run: npm run bench:directory
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Participant } from '../../src/shared/domain';
import { buildDirectory } from '../../src/main/core/directory';
import { directoryHtml, directoryPrintHtml, type DirectoryDocument } from '../../src/main/export/directory/html';
import { posterHtml, posterSize } from '../../src/main/export/directory/poster';
import { openImageRenderer } from '../../src/main/export/image';
import { chromiumFlags, findChromium, htmlToPdf } from '../../src/main/export/pdf';
import { intBetween, pick, seededRandom } from '../support/matching/randomCohort';
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

const chromium = findChromium();
if (!chromium) {
  console.error('No Chrome/Chromium found; set KUPU_CHROMIUM.');
  process.exit(1);
}
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const dir = mkdtempSync(path.join(tmpdir(), 'kupu-bench-directory-'));
const pages = (file: string): number => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
let failed = false;
try {
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

  const posterMedians: number[] = [];
  for (const count of [75, 300]) {
    const doc = documentOf(mentors(count));
    const listed = [...new Map(doc.directory.sections.flatMap((s) => s.mentors).map((m) => [m.id, m])).values()];
    const pagesHtml = listed.map((mentor) => posterHtml({ mentor, program: doc.program, cohort: doc.cohort, language: 'id' }));
    const ms = await time(async () => {
      const renderer = await openImageRenderer(posterSize);
      try {
        for (const page of pagesHtml) await renderer.render(page);
      } finally {
        await renderer.close();
      }
    }, 3);
    posterMedians.push(median(ms));
    console.log(`\n${listed.length} posters (1080x1350 PNG, browser launch incl.)  ${show(ms)}  target < 30 s for 300`);
    if (count === 300 && median(ms) > 30_000) failed = true;
  }
  console.log(`poster growth 75 -> 300 (4x input): ${(posterMedians[1] / posterMedians[0]).toFixed(1)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
