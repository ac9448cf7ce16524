import { describe, expect, it } from 'vitest';
import { mergeImported, sameSnapshot } from './merge';
import type { ImportSnapshot } from '../../store/importRepo';

const last: ImportSnapshot = {
  name: 'Siti Nurhaliza', nickname: 'Siti', email: 'siti@example.com', phone: '+6281234567890', region: 'Bandung', level: 'Batch 5',
  kind: 'peer', capacity: 2, notes: '', extra: { Hobi: 'Merajut' }, submittedAt: '2026-11-10T08:15:00',
  offers: ['Canva'], seeks: ['Mind Mapping'], preferences: ['Dewi'],
};

describe('three-way merge of a re-imported participant', () => {
  it('takes what the form changed and keeps every hand edit the form left alone', () => {
    const current = { ...last, capacity: 4, notes: 'by phone', region: 'Bandung Barat' };
    const incoming = { ...last, region: 'Cimahi', level: 'Batch 6' };
    expect(mergeImported(current, last, incoming)).toEqual({ ...current, region: 'Cimahi', level: 'Batch 6' });
  });

  it('replaces the extra fields only when the form changed them', () => {
    const current = { ...last, extra: { Hobi: 'Merajut' } };
    expect(mergeImported(current, last, { ...last }).extra).toBe(current.extra);
    expect(mergeImported(current, last, { ...last, extra: { Hobi: 'Menjahit' } }).extra).toEqual({ Hobi: 'Menjahit' });
  });

  it('compares every answer, lists in order', () => {
    expect(sameSnapshot(last, { ...last })).toBe(true);
    expect(sameSnapshot(last, { ...last, offers: ['Canva', 'Baking'] })).toBe(false);
    expect(sameSnapshot(last, { ...last, preferences: [] })).toBe(false);
    expect(sameSnapshot(last, { ...last, capacity: 3 })).toBe(false);
    expect(sameSnapshot(last, { ...last, extra: { Hobi: 'Menjahit' } })).toBe(false);
  });
});
