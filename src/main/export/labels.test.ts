import { describe, expect, it } from 'vitest';
import { formatDate, labelCatalog, parseIsoDate, phaseText } from './labels';

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

  it.each([
    ['2026-12-07', 8, 'weeks', 'id', '7 Desember 2026 – 31 Januari 2027 (8 minggu)'],
    ['2026-12-07', 1, 'weeks', 'en', '7 December 2026 – 13 December 2026 (1 week)'],
    [null, 8, 'weeks', 'en', '8 weeks'],
    ['not a date', 6, 'weeks', 'id', '6 minggu'],
    ['2026-01-05', 8, 'months', 'id', '5 Januari 2026 – 4 September 2026 (8 bulan)'],
    ['2026-01-05', 1, 'months', 'en', '5 January 2026 – 4 February 2026 (1 month)'],
    [null, 8, 'months', 'en', '8 months'],
  ] as const)('phase %s + %i %s in %s', (startDate, duration, durationUnit, language, expected) => {
    expect(phaseText({ startDate, duration, durationUnit }, language)).toBe(expected);
  });

  it('has the same labels in both languages', () => {
    expect(Object.keys(labelCatalog.en).sort()).toEqual(Object.keys(labelCatalog.id).sort());
    expect(labelCatalog.id).toMatchObject({ mentor: 'Mentor', skill: 'Keahlian', region: 'Domisili', level: 'Kelas', kind: 'Jenis', peer: 'Sebaya (1:1)', group: 'Kelompok', weeks: 'minggu' });
  });
});
