import { describe, expect, it } from 'vitest';
import { idIndex } from './idIndex';

describe('idIndex', () => {
  const cases: { name: string; ids: string[]; missing: string[] }[] = [
    { name: 'no ids', ids: [], missing: ['', 'p_1'] },
    { name: 'store-style ids', ids: ['p_1', 'p_2', 'p_10', 'p_11'], missing: ['p_3', 'p_', 'P_1', 'p_1 '] },
    { name: 'empty string and unicode', ids: ['', 'Siti', 'Sitï', '名前', '😀'], missing: ['siti', '名', '😁'] },
    { name: 'more ids than the first table size', ids: Array.from({ length: 100 }, (_, i) => `m${i}`), missing: ['m100', 'm-1'] },
  ];
  it.each(cases)('finds every id at its index and nothing else: $name', ({ ids, missing }) => {
    const index = idIndex(ids);
    expect(index.size).toBe(ids.length);
    ids.forEach((id, i) => expect(index.get(id)).toBe(i));
    for (const id of missing) expect(index.get(id)).toBeUndefined();
  });

  it('keeps 50,000 sequential ids apart', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `p_${i + 1}`);
    const index = idIndex(ids);
    expect(ids.every((id, i) => index.get(id) === i)).toBe(true);
    expect(index.get('p_50001')).toBeUndefined();
  });

  it('names a repeated id', () => {
    expect(() => idIndex(['p_1', 'p_2', 'p_1'])).toThrow('matching: duplicate participant id p_1');
  });
});
