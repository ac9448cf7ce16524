import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium, htmlToPdf, noChromiumMessage, openPdfRenderer, pdfTimeoutMessage } from './pdf';
import { formatPhone, renderRosterHtml } from './roster';
import { sampleRoster } from '../../../tests/support/rosterFixture';

describe('findChromium', () => {
  const present = (...files: string[]) => (file: string) => files.includes(file);

  it.each([
    [{ KUPU_CHROMIUM: '/opt/chrome/chrome' }, present('/opt/chrome/chrome', '/usr/bin/chromium'), 'linux', '/opt/chrome/chrome'],
    [{ KUPU_CHROMIUM: '/missing' }, present('/usr/bin/chromium'), 'linux', '/usr/bin/chromium'],
    [{}, present('/usr/bin/google-chrome', '/usr/bin/chromium-browser'), 'linux', '/usr/bin/chromium-browser'],
    [{}, present('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'), 'darwin', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    [{ PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, present('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'), 'win32', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
    [{}, present(), 'linux', null],
  ] as const)('%j on %s', (env, exists, platform, expected) => {
    expect(findChromium(env, exists, platform as NodeJS.Platform)).toBe(expected);
  });

  it('looks for Chrome before Edge on Windows, per-user installs included', () => {
    const list = chromiumCandidates({ LOCALAPPDATA: 'C:\\Users\\ani\\AppData\\Local' }, 'win32');
    expect(list[0]).toBe('C:\\Users\\ani\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('explains in one sentence when there is no browser', async () => {
    await expect(openPdfRenderer(null)).rejects.toThrow(noChromiumMessage);
    expect(noChromiumMessage.split('. ')).toHaveLength(1);
  });
});

const chromium = findChromium();
const normalize = (text: string): string => text.replace(/\s+/g, ' ');

describe.skipIf(!chromium)(`rosters as PDF (${chromium ?? 'skipped: no Chrome/Chromium/Edge found; set KUPU_CHROMIUM'})`, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kupu-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['id', 'A4', ['Kelompok 2 dari 2', 'Pasangan 1 dari 1', '7 Desember 2026', 'Sebaya (1:1)', 'Catatan koordinator']],
    ['en', 'Letter', ['Group 2 of 2', 'Peer pair 1 of 1', '7 December 2026', 'Peer (1:1)', "Coordinator's note"]],
  ] as const)('prints one page per group in %s on %s, with every name and phone', async (language, paper, labels) => {
    const doc = sampleRoster(language, paper);
    const output = path.join(dir, `roster-${language}.pdf`);
    const pdf = await htmlToPdf(renderRosterHtml(doc), { paper, output });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(readFileSync(output).equals(Buffer.from(pdf))).toBe(true);

    const info = execFileSync('pdfinfo', [output], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+3$/m);
    expect(info).toMatch(paper === 'A4' ? /Page size:.*\(A4\)/ : /Page size:\s+612 x 792/);

    const text = normalize(execFileSync('pdftotext', ['-enc', 'UTF-8', output, '-'], { encoding: 'utf8' }));
    for (const group of doc.groups) {
      for (const person of [group.mentor, ...group.mentees]) {
        expect(text).toContain(normalize(person.name));
        if (person.phone) expect(text).toContain(formatPhone(person.phone));
      }
    }
    for (const label of labels) expect(text.toLowerCase()).toContain(label.toLowerCase()); // some are upper-cased by CSS
    // Each page holds exactly one group: its title is on it.
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', output, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(pages.map((p) => /(Kelompok|Group|Pasangan|Peer pair) \d (dari|of) \d/.exec(p)?.[0])).toEqual(
      doc.language === 'id' ? ['Pasangan 1 dari 1', 'Kelompok 1 dari 2', 'Kelompok 2 dari 2'] : ['Peer pair 1 of 1', 'Group 1 of 2', 'Group 2 of 2'],
    );
  }, 120_000);

  it('gives up with a clear error instead of hanging', async () => {
    const renderer = await openPdfRenderer();
    try {
      await expect(renderer.render(renderRosterHtml(sampleRoster('id')), { paper: 'A4', timeoutMs: 1 })).rejects.toThrow(pdfTimeoutMessage(1));
    } finally {
      await renderer.close().catch(() => undefined);
    }
  }, 120_000);

  it('renders a batch with one browser', async () => {
    const renderer = await openPdfRenderer();
    try {
      const one = await renderer.render(renderRosterHtml({ ...sampleRoster('en'), groups: sampleRoster('en').groups.slice(0, 1) }), { paper: 'A4' });
      const two = await renderer.render(renderRosterHtml(sampleRoster('id')), { paper: 'A4' });
      expect(one.byteLength).toBeGreaterThan(1000);
      expect(two.byteLength).toBeGreaterThan(one.byteLength);
    } finally {
      await renderer.close();
    }
  }, 120_000);
});
