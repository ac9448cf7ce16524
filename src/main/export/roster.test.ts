import { describe, expect, it } from 'vitest';
import { filterGroups, formatPhone, renderRosterBody, renderRosterHtml, waLink } from './roster';
import { longName, sampleRoster } from '../../../tests/support/rosterFixture';
import type { RosterDocument } from './types';

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('renderRosterHtml', () => {
  const doc = sampleRoster('id');
  const html = renderRosterHtml(doc);

  it('is one self-contained document with one sheet per group', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(count(html, '<section class="sheet">')).toBe(3);
    expect(html).toContain('break-after: page');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('overflow-wrap: anywhere');
  });

  it('has no scripts and loads nothing', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=/i);
    // The only links are wa.me and mailto anchors, which a printout never loads.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https:\/\/wa\.me\/\d+|mailto:)/);
  });

  it('escapes every text', () => {
    expect(html).toContain('Ibu &quot;Tini&quot; &lt;Sutini&gt; &amp; Co');
    expect(html).toContain('Lia &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Menjahit &amp; &lt;b&gt;merajut&lt;/b&gt;');
    expect(html).toContain('Mega_Sari O&#39;Neil');
    expect(html).toContain('dalam 3 hari &amp; isi jurnal');
    expect(html).not.toContain('<b>merajut');
  });

  it('strips control characters', () => {
    const odd = { ...doc, cohort: 'A\u0000B\u0007C' };
    expect(renderRosterHtml(odd)).toContain('<h1 class="cohort">ABC</h1>');
  });

  it.each([
    ['id', 'A4', ['Kelompok 2 dari 2', 'Pasangan 1 dari 1', 'Slot terisi', 'Masa mentoring: 7 Desember 2026 – 31 Januari 2027 (8 minggu)', 'Sebaya (1:1)', 'Keahlian yang diajarkan', 'Keahlian yang dicari', 'Domisili', 'Kelas', 'Catatan koordinator', 'Mentee 5']],
    ['en', 'Letter', ['Group 2 of 2', 'Peer pair 1 of 1', 'Seats taken', 'Mentoring phase: 7 December 2026 – 31 January 2027 (8 weeks)', 'Peer (1:1)', 'Skill taught', 'Skill sought', 'City', 'Level', 'Coordinator&#39;s note', 'Mentee 5']],
  ] as const)('speaks %s on %s paper', (language, paper, expected) => {
    const out = renderRosterHtml(sampleRoster(language, paper));
    for (const text of expected) expect(out).toContain(text);
    expect(out).toContain(`@page { size: ${paper};`);
    expect(out).toContain(`<html lang="${language}">`);
  });

  it('prints every person with contact details', () => {
    for (const group of doc.groups) {
      for (const person of [group.mentor, ...group.mentees]) {
        if (person.phone) expect(html).toContain(`href="${waLink(person.phone)}"`);
      }
    }
    expect(html).toContain(longName);
    expect(html).toContain('+62 857-1234-5678');
  });

  it('leaves the note out when there is none, and says so when there are no groups', () => {
    const empty: RosterDocument = { ...doc, note: '', groups: [] };
    const body = renderRosterBody(empty);
    expect(body).not.toContain('class="note"');
    expect(count(body, '<section class="sheet">')).toBe(1);
    expect(body).toContain('Belum ada kelompok');
  });
});

describe('phones', () => {
  it.each([
    ['+6281234567890', '+62 812-3456-7890', 'https://wa.me/6281234567890'],
    ['+628123456789', '+62 812-3456-789', 'https://wa.me/628123456789'],
    ['+60123456789', '+60123456789', 'https://wa.me/60123456789'],
    ['+62 812-3456-7890', '+62 812-3456-7890', 'https://wa.me/6281234567890'],
    ['081234567890', '081234567890', null],
    ['', '', null],
  ])('%j reads as %j and links to %j', (phone, shown, link) => {
    expect(formatPhone(phone)).toBe(shown);
    expect(waLink(phone)).toBe(link);
  });
});

describe('filterGroups', () => {
  const groups = sampleRoster().groups;
  const mentorsOf = (filter: Parameters<typeof filterGroups>[1]) => filterGroups(groups, filter).map((g) => g.mentor.mentorId);

  it.each([
    [{}, ['p1', 'p2', 'p3']],
    [{ region: 'bogor' }, ['p3']],
    [{ region: ' Jakarta Selatan ' }, ['p1']],
    [{ region: 'Medan' }, []],
    [{ skill: 'public SPEAKING' }, ['p1']],
    [{ mentorIds: ['p3', 'p1'] }, ['p1', 'p3']],
    [{ mentorIds: [] }, []],
    [{ region: 'Bogor', mentorIds: ['p1'] }, []],
  ])('%j keeps %j', (filter, expected) => {
    expect(mentorsOf(filter)).toEqual(expected);
  });
});
