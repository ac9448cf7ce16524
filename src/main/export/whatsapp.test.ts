import { describe, expect, it } from 'vitest';
import { sampleRoster } from '../../../tests/support/rosterFixture';
import type { RosterDocument } from './types';
import { cohortWhatsAppMessages, cohortWhatsAppText, groupWhatsAppText, packLines, whatsAppMessageLimit, whatsAppSafe } from './whatsapp';

describe('groupWhatsAppText', () => {
  it('writes a peer pair in Indonesian', () => {
    const doc = sampleRoster('id');
    expect(groupWhatsAppText(doc.groups[0], doc)).toBe(
      [
        '*Bunda Cekatan — Kupu-kupu — Batch 7 Regional Jawa Barat*',
        'Masa mentoring: 7 Desember 2026 – 31 Januari 2027 (8 minggu)',
        '*Pasangan 1 dari 1* · Jenis: Sebaya (1:1) · Keahlian: Public speaking · Slot terisi: 1/1',
        'Mentor: *Dewi Lestari* (Dewi) — https://wa.me/6281234567890 — Keahlian yang diajarkan: Public speaking',
        'Mentee: *Ayu Kartika* (Ayu) — https://wa.me/6281311112222 — Keahlian yang dicari: Public speaking',
        'Catatan koordinator: Mohon buat grup WhatsApp dalam 3 hari & isi jurnal mingguan setiap Jumat.',
        'Terima kasih!',
      ].join('\n'),
    );
  });

  it('writes a group in English, one line per person, numbered mentees', () => {
    const doc = sampleRoster('en');
    const lines = groupWhatsAppText(doc.groups[1], doc).split('\n');
    expect(lines[2]).toBe('*Group 1 of 2* · Kind: Group · Skill: Manajemen keuangan keluarga · Seats taken: 5/5');
    expect(lines.filter((l) => l.startsWith('Mentee '))).toHaveLength(5);
    expect(lines).toContain('Mentee 5: *Yuliana Putri* (Yuli) — https://wa.me/6289966667777 — Skill sought: Anggaran belanja');
  });

  it('keeps WhatsApp markers in names from breaking the bold text', () => {
    const doc = sampleRoster('id');
    const text = groupWhatsAppText(doc.groups[2], doc);
    expect(text).toContain('Mentor: *Ibu "Tini" <Sutini> & Co* (Tini∗)');
    expect(text).toContain('Mentee 1: *Mega＿Sari O\'Neil* (∼Mega∼)');
    // A person without phone or skill still gets a line, without empty separators.
    expect(text).toContain('Mentee 2: *Lia <script>alert(1)</script>* (Lia)\n');
    // Bold markers only ever come in pairs around our own fields.
    for (const line of text.split('\n').filter((l) => !l.startsWith('Catatan'))) expect(line.split('*').length % 2).toBe(1);
  });

  it('shows a phone that is not E.164 as plain text, without a wrong link', () => {
    const doc = sampleRoster('id');
    const group = { ...doc.groups[0], mentees: [{ ...doc.groups[0].mentees[0], phone: '0813 1111 2222' }] };
    expect(groupWhatsAppText(group, doc)).toContain('Mentee: *Ayu Kartika* (Ayu) — 0813 1111 2222 — Keahlian');
  });

  it('numbers groups and peer pairs apart, out of the cohort\'s counts, with the mentor\'s seats; no dates without a start date', () => {
    const doc: RosterDocument = { ...sampleRoster('en'), startDate: null, note: '', counts: { group: 12, peer: 42 } };
    const text = groupWhatsAppText({ ...doc.groups[0], number: 42 }, doc);
    expect(text.split('\n').slice(1, 3)).toEqual(['Mentoring phase: 8 weeks', '*Peer pair 42 of 42* · Kind: Peer (1:1) · Skill: Public speaking · Seats taken: 1/1']);
    expect(groupWhatsAppText(doc.groups[2], doc).split('\n')[2]).toBe('*Group 2 of 12* · Kind: Group · Skill: Menjahit & <b>merajut</b> · Seats taken: 2/4');
    expect(text).not.toContain('note');
  });
});

describe('whatsAppSafe', () => {
  it.each([
    ['*bold*', '∗bold∗'],
    ['_i_ ~s~ `c`', '＿i＿ ∼s∼ ˋcˋ'],
    ['  two\nlines\r\n here ', 'two lines here'],
    [null, ''],
  ])('%j -> %j', (input, expected) => {
    expect(whatsAppSafe(input)).toBe(expected);
  });
});

describe('cohortWhatsAppText', () => {
  it('has the cohort head, then every group, separated by blank lines', () => {
    const doc = sampleRoster('id');
    const blocks = cohortWhatsAppText(doc).trimEnd().split('\n\n');
    expect(blocks).toHaveLength(1 + doc.groups.length);
    expect(blocks[0]).toContain('Catatan koordinator:');
    expect(blocks.slice(1).map((b) => b.split('\n')[0].split(' · ')[0])).toEqual(['*Pasangan 1 dari 1*', '*Kelompok 1 dari 2*', '*Kelompok 2 dari 2*']);
    expect(blocks[2].split('\n')).toHaveLength(1 + 1 + 5);
    expect(blocks.slice(1).join('')).not.toContain('Catatan');
  });
});

/** A cohort of `count` groups copied from the sample's three, numbered so each stays recognisable. */
function bigRoster(count: number, language: 'id' | 'en' = 'id'): RosterDocument {
  const doc = sampleRoster(language);
  const groups = Array.from({ length: count }, (_, i) => {
    const group = doc.groups[i % doc.groups.length];
    return { ...group, kind: 'group' as const, number: i + 1, mentor: { ...group.mentor, name: `${group.mentor.name} ${i + 1}` } };
  });
  return { ...doc, groups, counts: { group: count, peer: 0 } };
}

describe('cohortWhatsAppMessages', () => {
  it('is the one text when it fits in a message', () => {
    const doc = sampleRoster('en');
    expect(cohortWhatsAppMessages(doc)).toEqual([{ text: cohortWhatsAppText(doc), from: 1, to: 3 }]);
  });

  it.each([300, 1200])('splits %i groups into messages under the limit, each complete, no group cut, none lost', (count) => {
    const doc = bigRoster(count);
    const whole = cohortWhatsAppText(doc);
    expect(whole.length).toBeGreaterThan(whatsAppMessageLimit);
    const messages = cohortWhatsAppMessages(doc);
    // As few messages as whole groups allow: at most one more than the characters alone would need.
    const fewest = Math.ceil(whole.length / whatsAppMessageLimit);
    expect(messages.length).toBeGreaterThanOrEqual(fewest);
    expect(messages.length).toBeLessThanOrEqual(fewest + 1);
    messages.forEach((message, i) => {
      expect(message.text.length).toBeLessThanOrEqual(whatsAppMessageLimit);
      const lines = message.text.split('\n');
      // Each message opens like the whole text: title marked with its part, the dates, the note.
      expect(lines[0]).toBe(`*Bunda Cekatan — Kupu-kupu — Batch 7 Regional Jawa Barat* (${i + 1}/${messages.length})`);
      expect(lines[1]).toMatch(/^Masa mentoring: /);
      expect(message.text).toContain('Catatan koordinator:');
      expect(message.text).toContain(`*Kelompok ${message.from} dari ${count}*`);
      expect(message.text).toContain(`*Kelompok ${message.to} dari ${count}*`);
      if (i > 0) expect(message.from).toBe(messages[i - 1].to + 1);
    });
    expect(messages.at(-1)?.to).toBe(count);
    // Put back together, the groups are exactly the whole text's, in order.
    const groupsOf = (text: string) => text.trimEnd().split('\n\n').filter((block) => block.startsWith('*Kelompok '));
    expect(messages.flatMap((m) => groupsOf(m.text))).toEqual(groupsOf(whole));
  });

  it('packs blocks greedily, counting their separators, and never splits one', () => {
    expect(packLines(['aaaa', 'bbbb', 'cc', 'dddddd'], 2, 12)).toEqual([['aaaa', 'bbbb'], ['cc', 'dddddd']]);
    expect(packLines(['aaaa', 'bbbb', 'cc'], 2, 12, '\n\n')).toEqual([['aaaa'], ['bbbb', 'cc']]);
    expect(packLines(['a very long block'], 2, 5, '\n\n')).toEqual([['a very long block']]);
  });
});
