import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode';

const file = 'x.csv';
const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeText', () => {
  it.each([
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x4e, 0xc3, 0xa9), 'Né', 'utf-8'],
    ['UTF-8 without BOM', bytes(0x4e, 0xe2, 0x80, 0x99), 'N’', 'utf-8'],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x4e, 0x00, 0x19, 0x20), 'N’', 'utf-16le'],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x00, 0x4e, 0x20, 0x19), 'N’', 'utf-16be'],
    ['UTF-16LE without BOM', new Uint8Array(Buffer.from('Nama,Kota\n', 'utf16le')), 'Nama,Kota\n', 'utf-16le'],
    ['windows-1252 (curly apostrophe, euro)', bytes(0x4e, 0x75, 0x72, 0x92, 0x61, 0x69, 0x6e, 0x69, 0x20, 0x80), 'Nur’aini €', 'windows-1252'],
  ])('%s', (_, input, text, encoding) => {
    expect(decodeText(input, file)).toEqual({ text, encoding });
  });

  it('maps the whole 0x80-0x9F range the way Windows does', () => {
    const text = decodeWindows1252(new Uint8Array(Array.from({ length: 32 }, (_, i) => 0x80 + i)));
    expect(text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('accepts a few stray control characters in an otherwise ordinary text', () => {
    const text = `Nama,Kota\n${'Siti,Bandung\n'.repeat(20)}Rina\u0001,Bogor\u000b\n`;
    expect(decodeText(new TextEncoder().encode(text), file)).toEqual({ text, encoding: 'utf-8' });
  });

  it.each([
    ['NUL bytes', bytes(0x4e, 0x00, 0x61, 0x00, 0x00, 0x00, 0x61, 0x62)],
    ['control characters', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
    ['UTF-16 with an odd byte count', bytes(0xff, 0xfe, 0x4e, 0x00, 0x61)],
  ])('refuses %s', (_, input) => {
    expect(() => decodeText(input, file)).toThrow(/x\.csv: /);
  });
});
