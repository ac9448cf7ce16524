import { describe, expect, it } from 'vitest';
import { formatDate, labelCatalog, parseIsoDate, phaseEnd, phaseText } from './labels';

describe('dates', () => {
  it.each([
    ['2026-12-07', 'id', '7 Desember 2026'],
    ['2026-12-07', 'en', '7 December 2026'],
    ['2027-01-31', 'id', '31 Januari 2027'],
    ['2024-02-29', 'en', '29 February 2024'],
  ] as const)('formats %s in %s as %s', (iso, language, expected) => {
    expect(formatDate(parseIsoDate(iso)!, language)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-13-01', '7/12/2026', '', '2026-1-1'])('rejects %j', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it('ends an 8-week phase starting on a Monday on the Sunday of week 8', () => {
    expect(phaseEnd(parseIsoDate('2026-12-07')!, 8).toISOString().slice(0, 10)).toBe('2027-01-31');
  });

  it.each([
    ['2026-12-07', 8, 'id', '7 Desember 2026 – 31 Januari 2027 (8 minggu)'],
    ['2026-12-07', 1, 'en', '7 December 2026 – 13 December 2026 (1 week)'],
    [null, 8, 'en', '8 weeks'],
    ['not a date', 6, 'id', '6 minggu'],
  ] as const)('phase %s + %i weeks in %s', (start, weeks, language, expected) => {
    expect(phaseText(start, weeks, language)).toBe(expected);
  });

  it('has the same labels in both languages', () => {
    expect(Object.keys(labelCatalog.en).sort()).toEqual(Object.keys(labelCatalog.id).sort());
    expect(labelCatalog.id).toMatchObject({ mentor: 'Mentor', skill: 'Keahlian', region: 'Domisili', level: 'Kelas', kind: 'Jenis', peer: 'Sebaya (1:1)', group: 'Kelompok', weeks: 'minggu' });
  });
});
