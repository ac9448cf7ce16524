import { describe, expect, it } from 'vitest';
import type { Directory, DirectoryMentor } from '../../core/directory';
import { posterHtml } from './poster';
import { packLines } from '../whatsapp';
import { directoryWhatsApp } from './text';

const mentor = (i: number, about = ''): DirectoryMentor => ({
  id: `m${i}`, name: `Mentor ${i}`, nickname: '', level: 'Kelas 1', region: 'Bandung', kind: 'group', offers: ['Memasak'], about,
  capacity: 2, openSeats: 2, status: 'open',
});
const directoryOf = (mentors: DirectoryMentor[]): Directory => ({ asOf: '2026-12-06T08:30:00.000Z', sections: [{ skill: 'Memasak', mentors }], mentorCount: mentors.length });

describe('packLines', () => {
  it.each([
    { lines: [], limit: 100, packs: [[]] },
    { lines: ['aaaa'], limit: 100, packs: [['aaaa']] },
    { lines: ['aaaa', 'bbbb', 'cccc'], limit: 20, packs: [['aaaa', 'bbbb'], ['cccc']] },
    { lines: ['a'.repeat(50), 'b'], limit: 20, packs: [['a'.repeat(50)], ['b']] }, // a line longer than the limit stays whole
  ])('$lines.length lines under $limit', ({ lines, limit, packs }) => {
    expect(packLines(lines, 8, limit)).toEqual(packs);
  });
});

describe('directoryWhatsApp', () => {
  it('splits a long skill into complete messages under the limit, every mentor exactly once', () => {
    const mentors = Array.from({ length: 5000 }, (_, i) => mentor(i, 'x'.repeat(200)));
    const messages = directoryWhatsApp(directoryOf(mentors), 'id');
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.text.length).toBeLessThanOrEqual(60_000);
      expect(m.text).toMatch(new RegExp(`^\\*Direktori Mentor — Memasak\\* \\(bagian ${m.part} dari ${messages.length}\\)`));
    }
    const names = messages.flatMap((m) => [...m.text.matchAll(/\*(Mentor \d+)\*/g)].map((x) => x[1]));
    expect(names).toEqual(mentors.map((x) => x.name));
  });

  it('keeps one short message per skill whole, in English too', () => {
    const [message] = directoryWhatsApp(directoryOf([mentor(1)]), 'en');
    expect(message).toMatchObject({ part: 1, parts: 1 });
    expect(message.text).toContain('*Mentor directory — Memasak*\nAs of');
    expect(message.text).toContain('• *Mentor 1* — Kelas 1, Bandung — 2 seats open — Group');
  });

  it('neutralizes WhatsApp formatting in what participants typed', () => {
    const [message] = directoryWhatsApp(directoryOf([{ ...mentor(1), name: '*Ani* _x_' }]), 'en');
    expect(message.text).toContain('*∗Ani∗ ＿x＿*');
  });
});

describe('posterHtml', () => {
  it('escapes what participants typed and loads nothing', () => {
    const html = posterHtml({ mentor: { ...mentor(1), name: '<b onmouseover=x>Ani</b>' }, program: 'P', cohort: 'C', language: 'id' });
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain("default-src 'none'");
  });
});
