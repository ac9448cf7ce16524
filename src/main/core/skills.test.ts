import { describe, expect, it } from 'vitest';
import { cleanSpelling, mergeSkills, resolveSkills, skillAliases, skillKey } from './skills';

describe('skillKey', () => {
  it.each([
    ['Mind Mapping', 'mindmapping'],
    ['mind-mapping', 'mindmapping'],
    ['  MIND   mapping ', 'mindmapping'],
    ['Mind_Mapping!', 'mindmapping'],
    ['MindMapping', 'mindmapping'],
    ['Café Latte Art', 'cafelatteart'],
    ['Public-Speaking.', 'publicspeaking'],
    ['Desain Grafis (Canva)', 'desaingrafiscanva'],
    ['Bahasa Inggris & Arab', 'bahasainggrisarab'],
    ['Ｃａｎｖａ', 'canva'], // full-width letters from some phone keyboards
    ['!!!', ''],
  ])('%j -> %j', (spelling, key) => expect(skillKey(spelling)).toBe(key));
});

describe('skillAliases', () => {
  it.each([
    ['Desain Grafis (Canva)', ['desaingrafiscanva', 'desaingrafis', 'canva']],
    ['Desain Grafis (Canva, Figma)', ['desaingrafiscanvafigma', 'desaingrafis', 'canva', 'figma']],
    ['Desain Grafis (Canva/Figma)', ['desaingrafiscanvafigma', 'desaingrafis', 'canva', 'figma']],
    ['Memasak [kue kering]', ['memasakkuekering', 'memasak', 'kuekering']],
    ['canva', ['canva']],
    ['(Canva)', ['canva']],
    ['   ', []],
  ])('%j -> %j', (spelling, keys) => expect(skillAliases(spelling)).toEqual(keys));
});

describe('resolveSkills', () => {
  it('collapses spellings differing by case, spacing, hyphens and punctuation; first seen names the skill', () => {
    const { canonical, added } = resolveSkills([], ['Mind-mapping', 'mind mapping', 'MIND MAPPING', 'Mind Mapping.', 'Memasak']);
    expect(Object.fromEntries(canonical)).toEqual({
      'Mind-mapping': 'Mind-mapping',
      'mind mapping': 'Mind-mapping',
      'MIND MAPPING': 'Mind-mapping',
      'Mind Mapping.': 'Mind-mapping',
      Memasak: 'Memasak',
    });
    expect(added.map((s) => s.name)).toEqual(['Mind-mapping', 'Memasak']);
  });

  it('collapses an alias in brackets with the bare name and with the alias', () => {
    const { canonical, added } = resolveSkills([], ['Desain Grafis (Canva)', 'canva', 'Desain Grafis', 'Canva ']);
    expect(new Set(canonical.values())).toEqual(new Set(['Desain Grafis (Canva)']));
    expect(added).toEqual([{ name: 'Desain Grafis (Canva)', keys: ['desaingrafiscanva', 'desaingrafis', 'canva'] }]);
  });

  it('prefers the vocabulary name, and reports keys it learned for existing skills', () => {
    const vocabulary = [{ name: 'Desain Grafis', keys: ['desaingrafis'] }, { name: 'Mind Mapping', keys: ['mindmapping'] }];
    const { canonical, added, learned } = resolveSkills(vocabulary, ['desain grafis (canva)', 'mind-mapping', 'Baking']);
    expect(canonical.get('desain grafis (canva)')).toBe('Desain Grafis');
    expect(canonical.get('mind-mapping')).toBe('Mind Mapping');
    expect(added).toEqual([{ name: 'Baking', keys: ['baking'] }]);
    expect(learned).toEqual([{ name: 'Desain Grafis', keys: ['desaingrafiscanva', 'canva'] }]);
  });

  it('a canonical name beats another skill that merely has it as a bracket alias', () => {
    const vocabulary = [{ name: 'Desain Grafis (Canva)', keys: [] }, { name: 'Canva', keys: [] }];
    expect(resolveSkills(vocabulary, ['canva']).canonical.get('canva')).toBe('Canva');
  });

  it('represents a merge as keys on the target', () => {
    let vocabulary = [
      { name: 'Mind Mapping', keys: ['mindmapping'] },
      { name: 'Peta Pikiran', keys: ['petapikiran', 'petakonsep'] },
    ];
    vocabulary = mergeSkills(vocabulary, 'Peta Pikiran', 'Mind Mapping');
    expect(vocabulary).toEqual([{ name: 'Mind Mapping', keys: ['mindmapping', 'petapikiran', 'petakonsep'] }]);
    const { canonical, added } = resolveSkills(vocabulary, ['peta pikiran', 'Peta-Konsep']);
    expect(Object.fromEntries(canonical)).toEqual({ 'peta pikiran': 'Mind Mapping', 'Peta-Konsep': 'Mind Mapping' });
    expect(added).toEqual([]);
  });

  it('skips spellings without letters or digits and does not mutate the vocabulary', () => {
    const vocabulary = [{ name: 'Baking', keys: ['baking'] }];
    const { canonical } = resolveSkills(vocabulary, ['---', 'baking', 'BAKING (kue)']);
    expect(canonical.has('---')).toBe(false);
    expect(canonical.get('BAKING (kue)')).toBe('Baking');
    expect(vocabulary).toEqual([{ name: 'Baking', keys: ['baking'] }]);
  });

  it('tidies the display name of a new skill', () => {
    expect(cleanSpelling('  Public   Speaking ')).toBe('Public Speaking');
    expect(resolveSkills([], ['  Public   Speaking ']).added[0].name).toBe('Public Speaking');
  });
});
