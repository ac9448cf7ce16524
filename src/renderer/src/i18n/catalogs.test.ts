import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';

// Both languages must offer every string: the same keys, nested alike, and no empty text.

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): unknown[] {
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [value];
}

describe('interface catalogs', () => {
  it('Indonesian and English have exactly the same keys', () => {
    expect(keys(id).sort()).toEqual(keys(en).sort());
  });

  it.each([['en', en], ['id', id]] as const)('%s has a non-empty string for every key', (_, catalog) => {
    for (const text of leaves(catalog)) {
      expect(typeof text).toBe('string');
      expect(String(text).trim()).not.toBe('');
    }
  });
});
