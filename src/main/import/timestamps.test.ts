import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseTimestamp } from './timestamps';

describe('parseTimestamp', () => {
  it.each([
    ['29/11/2026 14:03:05', 'dmy', '2026-11-29T14:03:05'],
    ['11/29/2026 14:03:05', 'mdy', '2026-11-29T14:03:05'],
    ['1/2/2026 9:03:05', 'dmy', '2026-02-01T09:03:05'],
    ['1/2/2026 9:03:05', 'mdy', '2026-01-02T09:03:05'],
    ['29/11/2026 14.03.05', 'dmy', '2026-11-29T14:03:05'], // Indonesian time separator
    ['29-11-2026', 'dmy', '2026-11-29T00:00:00'],
    ['29/11/26 14:03', 'dmy', '2026-11-29T14:03:00'],
    ['11/29/2026 2:03:05 PM', 'mdy', '2026-11-29T14:03:05'],
    ['11/29/2026 12:03:05 AM', 'mdy', '2026-11-29T00:03:05'],
    ['2026-11-29 14:03:05', 'dmy', '2026-11-29T14:03:05'], // XLSX date cells
    ['2026-11-29T14:03:05Z', 'dmy', '2026-11-29T14:03:05'],
    ['2026-11-29T14:03:05.123+07:00', 'dmy', '2026-11-29T14:03:05'],
    ['2026-11-29', 'mdy', '2026-11-29T00:00:00'],
    ['29 November 2026 14:03', 'dmy', '2026-11-29T14:03:00'],
    ['29 Agustus 2026', 'dmy', '2026-08-29T00:00:00'],
    ['5 Mei 2026 pukul 08.30', 'dmy', '2026-05-05T08:30:00'],
    ['46355.585474537', 'dmy', '2026-11-29T14:03:05'], // a serial from an unformatted XLSX cell
    ['31/02/2026', 'dmy', null],
    ['29/11/2026 25:00', 'dmy', null],
    ['kemarin', 'dmy', null],
    ['', 'dmy', null],
  ] as const)('%j (%s) -> %j', (value, order, iso) => expect(parseTimestamp(value, order)).toBe(iso));
});

describe('detectDateOrder', () => {
  it.each([
    [['01/11/2026 10:00:00', '29/11/2026 10:00:00'], 'mdy', 'dmy'],
    [['11/01/2026 10:00:00', '11/29/2026 10:00:00'], 'dmy', 'mdy'],
    [['01/02/2026', '03/04/2026'], 'dmy', 'dmy'],
    [['01/02/2026', '03/04/2026'], 'mdy', 'mdy'],
    [['2026-11-29', ''], 'mdy', 'mdy'],
  ] as const)('%j (hint %s) -> %s', (values, hint, order) => expect(detectDateOrder(values, hint)).toBe(order));
});
