import { describe, expect, it } from 'vitest';
import { cleanText, parseCapacity, parseKind, splitMultiSelect } from './fields';

describe('splitMultiSelect', () => {
  it.each([
    ['Canva, Public Speaking', ['Canva', 'Public Speaking']],
    ['Desain Grafis (Canva, Figma), Memasak', ['Desain Grafis (Canva, Figma)', 'Memasak']],
    ['Memasak; Baking;', ['Memasak', 'Baking']],
    ['Memasak\nBaking\r\nMenjahit', ['Memasak', 'Baking', 'Menjahit']],
    ['- Memasak\n- Baking', ['Memasak', 'Baking']],
    ['Bahasa [Inggris, Arab], Tahsin', ['Bahasa [Inggris, Arab]', 'Tahsin']],
    ['  ', []],
    ['Mind  mapping', ['Mind mapping']],
    ['Kue (kering, basah', ['Kue (kering, basah']], // an unclosed bracket swallows the rest rather than splitting wrongly
  ])('%j -> %j', (cell, parts) => expect(splitMultiSelect(cell)).toEqual(parts));
});

describe('parseKind', () => {
  it.each([
    ['Peer 1:1', 'peer'],
    ['peer', 'peer'],
    ['Sebaya', 'peer'],
    ['1 on 1', 'peer'],
    ['1:1', 'peer'],
    ['Peer mentoring (1 mentor : 1 mentee)', 'peer'],
    ['Kelompok', 'group'],
    ['Group', 'group'],
    ['grup', 'group'],
    ['Kelompok saja', 'group'],
    ['Group mentoring (max 5)', 'group'],
    ['Small group (up to 5)', 'group'],
    ['1-on-1 (peer)', 'peer'],
    ['Keduanya', 'both'],
    ['Both', 'both'],
    ['dua-duanya', 'both'],
    ['peer & kelompok', 'both'],
    ['Peer 1:1, Kelompok', 'both'], // Google Forms checkboxes
    ['Peer atau kelompok', 'both'],
    ['Bebas', 'both'],
    ['', null],
    ['   ', null],
    ['Tidak tahu', undefined],
    ['mentoring', undefined],
    ['xyz', undefined],
  ])('%j -> %j', (value, kind) => expect(parseKind(value)).toBe(kind));
});

describe('parseCapacity', () => {
  it.each([
    ['3', 3],
    ['3 orang', 3],
    ['maks 4', 4],
    ['Maksimal 5 mentee', 5],
    ['tiga', 3],
    ['Tiga orang', 3],
    ['five', 5],
    ['sepuluh', 10],
    ['2-3 orang', 3],
    ['0', 0],
    ['Belum bisa', 0],
    ['50', 50],
    ['', null],
    ['51', undefined],
    ['2.5', undefined],
    ['banyak', undefined],
    ['-', undefined],
  ])('%j -> %j', (value, capacity) => expect(parseCapacity(value)).toBe(capacity));
});

describe('cleanText', () => {
  it('trims and collapses every kind of whitespace', () => {
    expect(cleanText('  Siti\u00a0 Nurhaliza\n Putri\t')).toBe('Siti Nurhaliza Putri');
  });
});
