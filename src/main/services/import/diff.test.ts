import { describe, expect, it } from 'vitest';
import type { ImportSnapshot } from '../../store/importRepo';
import { compareReimport, type SkillNames } from './diff';

// The re-import diff: what a later export of the form changes, field by field, and what only looks
// different (case, spacing, phone format, another spelling of the same skill or mentor).

const last: ImportSnapshot = {
  name: 'Siti Rahma Aulia', nickname: 'Rahma', email: 'siti.rahma@gmail.com', phone: '+6281234567890', region: 'Bandung', level: 'Batch 8',
  kind: 'peer', capacity: 2, notes: '', extra: { Hobi: 'Merajut' }, submittedAt: '2026-11-23T08:05:00',
  offers: ['Tahsin', 'Bahasa Inggris'], seeks: ['Menari'], preferences: ['Bu Dewi'],
};
const skills: SkillNames = { offers: ['Tahsin', 'Bahasa Inggris'], seeks: ['Menari'] };
const compare = (incoming: Partial<ImportSnapshot>, options: { current?: Partial<ImportSnapshot>; incomingSkills?: SkillNames; now?: SkillNames } = {}) =>
  compareReimport({ ...last, ...options.current }, last, { ...last, ...incoming }, { now: options.now ?? skills, incoming: options.incomingSkills ?? skills });

describe('compareReimport', () => {
  it.each<[string, Partial<ImportSnapshot>, SkillNames?]>([
    ['the same answer', {}],
    ['the name in other case and spacing', { name: 'siti  rahma AULIA' }],
    ['the region with spaces around it', { region: ' Bandung ' }],
    ['a skill spelled another way that resolves to the same skill', { offers: ['Tahsin', 'B. Inggris'] }, skills],
    ['a preferred mentor in other case', { preferences: ['bu dewi'] }],
    ['an extra field in other case', { extra: { Hobi: 'merajut' } }],
  ])('%s is no change', (_, incoming, incomingSkills) => {
    expect(compare(incoming, { incomingSkills })).toMatchObject({ changed: false, changes: [], skills: false, preferences: false });
  });

  it.each<[string, Partial<ImportSnapshot>, object]>([
    ['a capacity', { capacity: 3 }, { field: 'capacity', from: '2', to: '3' }],
    ['a kind', { kind: 'group' }, { field: 'kind', from: 'peer', to: 'group' }],
    ['a phone number', { phone: '+6285711112222' }, { field: 'phone', from: '+6281234567890', to: '+6285711112222' }],
    ['an extra field', { extra: { Hobi: 'Menjahit' } }, { field: 'extra', column: 'Hobi', from: 'Merajut', to: 'Menjahit' }],
    ['a preferred mentor', { preferences: ['Bu Dewi', 'Nurul'] }, { field: 'preferences', from: 'Bu Dewi', to: 'Bu Dewi, Nurul' }],
  ])('%s is a change, from the current value to the form’s', (_, incoming, change) => {
    const result = compare(incoming);
    expect(result.changed).toBe(true);
    expect(result.changes).toEqual([change]);
  });

  it('a skill the form changed is a change of the skills, named as the cohort names them', () => {
    const result = compare({ seeks: ['Menari', 'Kepemimpinan'] }, { incomingSkills: { ...skills, seeks: ['Menari', 'Kepemimpinan'] } });
    expect(result).toMatchObject({ changed: true, skills: true, changes: [{ field: 'seeks', from: 'Menari', to: 'Menari, Kepemimpinan' }] });
  });

  it('keeps the coordinator’s hand edits where the form did not change, and takes the form’s where it did', () => {
    const result = compare({ capacity: 3, region: 'Cimahi' }, { current: { capacity: 4, notes: 'by phone', region: 'Bandung Barat' } });
    expect(result.merged).toMatchObject({ capacity: 3, region: 'Cimahi', notes: 'by phone' });
    expect(result.changes).toEqual([{ field: 'region', from: 'Bandung Barat', to: 'Cimahi' }, { field: 'capacity', from: '4', to: '3' }]);
  });

  it('a change the coordinator already made by hand is no visible change, though the answer is new', () => {
    const result = compare({ capacity: 3 }, { current: { capacity: 3 } });
    expect(result).toMatchObject({ changed: true, changes: [] });
  });
});
