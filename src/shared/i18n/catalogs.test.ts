import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { translate } from '.';

// Both languages must offer every string: the same keys, nested alike, and no empty text; and the
// backend's translate renders them the way the renderer's i18next does.

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

describe('translate', () => {
  it.each([
    ['en', 'messages.file.empty', {}, 'The file is empty.'],
    ['id', 'messages.file.empty', {}, 'Berkas ini kosong.'],
    ['en', 'messages.file.tooManyRows', { limit: 200000 }, 'The file has more than 200,000 rows.'],
    ['id', 'messages.file.tooManyRows', { limit: 200000 }, 'Berkas ini punya lebih dari 200.000 baris.'],
    ['en', 'cohort.participants', { count: 1 }, '1 participant'],
    ['en', 'cohort.participants', { count: 3 }, '3 participants'],
    ['id', 'cohort.participants', { count: 1 }, '1 peserta'],
    ['en', 'messages.where.row', {}, 'row {{row}}'],
    ['en', 'no.such.key', {}, 'no.such.key'],
    // Several placeholders, a value that looks like a replacement pattern, a missing one kept as written.
    ['en', 'messages.registration.preferenceUnknown', { rank: 2, typed: 'Bu $& Rina' }, 'Preferred mentor 2: "Bu $& Rina" matches no participant.'],
    ['en', 'messages.registration.preferenceUnknown', { typed: 'Rina' }, 'Preferred mentor {{rank}}: "Rina" matches no participant.'],
    ['en', 'messages.file.tooManyRows', { limit: 'many' }, 'The file has more than many rows.'],
    ['en', 'messages.file.tooManyRows', {}, 'The file has more than {{limit, number}} rows.'],
    ['id', 'cohort.participants', { count: 2 }, '2 peserta'],
  ] as const)('%s %s %j', (language, path, params, expected) => {
    expect(translate(language, path, params)).toBe(expected);
  });
});
