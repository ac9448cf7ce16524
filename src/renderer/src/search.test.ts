import { describe, expect, it } from 'vitest';
import { queryMatcher, textMatcher } from './search';

const people = [
  { name: 'Aísyah Putri', nickname: 'Ica', phone: '+6281234567890' },
  { name: 'Budi Santoso', nickname: 'Bud', phone: '+6281399000000' },
  { name: 'Çitra Dewi', nickname: 'Citra', phone: '' },
];
const found = (query: string) => people.filter(queryMatcher(query)).map((p) => p.name.split(' ')[0]);

describe('search', () => {
  it.each([
    { query: '', expected: ['Aísyah', 'Budi', 'Çitra'] },
    { query: '   ', expected: ['Aísyah', 'Budi', 'Çitra'] },
    { query: 'aisyah', expected: ['Aísyah'] },
    { query: 'AÍSYAH', expected: ['Aísyah'] },
    { query: 'citra', expected: ['Çitra'] },
    // Compatibility forms fold as the import folds names (foldText): full-width letters, ligatures.
    { query: 'ＡＩＳＹＡＨ', expected: ['Aísyah'] },
    { query: 'ｂｕｄｉ', expected: ['Budi'] },
    { query: 'ica', expected: ['Aísyah'] },
    { query: 'santoso budi', expected: ['Budi'] },
    { query: 'budi bud', expected: ['Budi'] },
    { query: 'budi dewi', expected: [] },
    { query: '0812', expected: ['Aísyah'] },
    { query: '081', expected: ['Aísyah', 'Budi'] },
    { query: '+62 813', expected: ['Budi'] },
    { query: '0812 3456 7890', expected: ['Aísyah'] },
    { query: '0812-3456', expected: ['Aísyah'] },
    { query: 'budi 0813', expected: ['Budi'] },
    { query: 'aisyah 0813', expected: [] },
    { query: '12', expected: [] },
  ])('finds people by $query', ({ query, expected }) => {
    expect(found(query)).toEqual(expected);
  });

  it('never matches digits hidden in a word against the phone', () => {
    expect(found('b812')).toEqual([]);
  });

  it.each([
    { query: '', texts: ['Canva'], expected: true },
    { query: 'peta', texts: ['Mind Mapping', 'Peta Pikiran'], expected: true },
    { query: 'pikiran mind', texts: ['Mind Mapping', 'Peta Pikiran'], expected: true },
    { query: 'cafe', texts: ['Café Latte'], expected: true },
    { query: 'baking', texts: ['Canva'], expected: false },
    { query: 'canva', texts: [], expected: false },
  ])('matches texts: $query in $texts → $expected', ({ query, texts, expected }) => {
    expect(textMatcher(query)(texts)).toBe(expected);
  });
});
