import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './text';

describe('foldText', () => {
  it.each([
    { text: '', folded: '' },
    { text: 'Budi Santoso', folded: 'budi santoso' },
    { text: 'Aísyah ÇITRA', folded: 'aisyah citra' },
    { text: 'Renée', folded: 'renee' },
    // Already decomposed: e + combining acute.
    { text: 'Rene\u0301e', folded: 'renee' },
    { text: 'NUR’AINI', folded: 'nur’aini' },
    { text: 'Mind-Mapping (Canva)', folded: 'mind-mapping (canva)' },
    // Compatibility forms: ligature, full-width letters and digits, superscript, roman numeral.
    { text: 'ﬁtri', folded: 'fitri' },
    { text: 'ＡＩＳＹＡＨ １２', folded: 'aisyah 12' },
    { text: 'm²', folded: 'm2' },
    { text: 'Batch Ⅳ', folded: 'batch iv' },
    // Dotted capital I loses its dot like any other mark.
    { text: 'İstanbul', folded: 'istanbul' },
    // Letters with no decomposition and other scripts stay.
    { text: 'Søren Straße', folded: 'søren straße' },
    { text: 'ÅSA', folded: 'asa' },
    { text: 'Đặng Thị', folded: 'đang thi' },
    { text: 'محمد', folded: 'محمد' },
    { text: 'Ibu 👩‍🏫', folded: 'ibu 👩‍🏫' },
    // Spacing and punctuation are the caller's business.
    { text: ' Tab\tand\nNBSP\u00a0', folded: ' tab\tand\nnbsp ' },
  ])('$text → $folded', ({ text, folded }) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds plain ASCII exactly as the full Unicode path does', () => {
    const unicodeFold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (text) => {
      expect(foldText(text)).toBe(unicodeFold(text));
    }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
      expect(foldText(text)).toBe(unicodeFold(text));
    }));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
      expect(foldText(foldText(text))).toBe(foldText(text));
    }));
  });
});
