import { describe, expect, it } from 'vitest';
import { cleanSpelling, expandedKey, resolveSkills, skillAliases, skillKey, type KnownSkill } from './resolve';

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

describe('expandedKey: the synonym list spells abbreviations and variants out', () => {
  it.each([
    ['B. Inggris', 'bahasainggris'],
    ['Bhs. Arab', 'bahasaarab'],
    ['Ms. Excel', 'microsoftexcel'],
    ['MS Word', 'microsoftword'],
    ['HS', 'homeschooling'],
    ['Kurikulum HS', 'kurikulumhomeschooling'],
    ['Tahfiz Al-Qur’an', 'tahfidzquran'],
    ['Tahfidz Quran', 'tahfidzquran'],
    ['Parenting anak2', 'parentinganakanak'],
    ['Vitamin B', 'vitaminb'], // a one-letter abbreviation only before another word
    ['Jualan Online', 'berjualanonline'],
  ])('%j -> %j', (spelling, key) => expect(expandedKey(spelling)).toBe(key));
});

describe('skillAliases', () => {
  it.each([
    ['Desain Grafis (Canva)', ['desaingrafiscanva', 'desaingrafis', 'canva']],
    ['Desain Grafis (Canva, Figma)', ['desaingrafiscanvafigma', 'desaingrafis', 'canva', 'figma']],
    ['Desain Grafis (Canva/Figma)', ['desaingrafiscanvafigma', 'desaingrafis', 'canva', 'figma']],
    ['Memasak [kue kering]', ['memasakkuekering', 'memasak', 'kuekering']],
    ['canva', ['canva']],
    ['(Canva)', ['canva']],
    ['B. Inggris', ['binggris', 'bahasainggris']],
    ['   ', []],
  ])('%j -> %j', (spelling, keys) => expect(skillAliases(spelling)).toEqual(keys));
});

const known = (name: string | null, ...spellings: string[]): KnownSkill => ({ name, keys: new Map(spellings.map((s) => [skillKey(s), s])) });

describe('resolveSkills', () => {
  it('collapses spellings differing by case, spacing, hyphens and punctuation; the most common spelling, in title case, names the skill', () => {
    const { canonical, added } = resolveSkills([], ['Mind-mapping', 'mind mapping', 'MIND MAPPING', 'Mind Mapping.', 'mind mapping', 'Memasak']);
    expect(new Set(canonical.values())).toEqual(new Set(['Mind Mapping', 'Memasak']));
    expect(canonical.get('Mind-mapping')).toBe('Mind Mapping');
    expect(added.map((s) => s.name)).toEqual(['Mind Mapping', 'Memasak']);
  });

  it('names a skill by title case, keeping acronyms and mixed case', () => {
    const names = (spellings: string[]) => resolveSkills([], spellings).added.map((s) => s.name);
    expect(names(['public speaking', 'ms excel', 'UI/UX', 'MEMASAK', 'powerPoint', 'master of ceremony', 'tahsin al-qur’an'])).toEqual([
      'Public Speaking', 'Ms Excel', 'UI/UX', 'Memasak', 'powerPoint', 'Master of Ceremony', 'Tahsin Al-Qur’an',
    ]);
  });

  it('collapses an alias in brackets with the bare name and with the alias (named by the most common)', () => {
    const { canonical, added } = resolveSkills([], ['Desain Grafis (Canva)', 'canva', 'Desain Grafis', 'Canva ']);
    expect(new Set(canonical.values())).toEqual(new Set(['Canva']));
    expect(added).toHaveLength(1);
    expect(added[0].aliases.map((a) => a.key)).toEqual(['desaingrafiscanva', 'desaingrafis', 'canva']);
  });

  it('prefers the cohort’s skill, and reports keys it learned for it with the spelling that taught them', () => {
    const vocabulary = [{ name: 'Desain Grafis', keys: ['desaingrafis'] }, { name: 'Mind Mapping', keys: ['mindmapping'] }];
    const { canonical, added, learned } = resolveSkills(vocabulary, ['desain grafis (canva)', 'mind-mapping', 'Baking']);
    expect(canonical.get('desain grafis (canva)')).toBe('Desain Grafis');
    expect(canonical.get('mind-mapping')).toBe('Mind Mapping');
    expect(added).toEqual([{ name: 'Baking', aliases: [{ key: 'baking', spelling: 'Baking' }] }]);
    expect(learned).toEqual([{ name: 'Desain Grafis', aliases: [{ key: 'desaingrafiscanva', spelling: 'desain grafis (canva)' }, { key: 'canva', spelling: 'desain grafis (canva)' }] }]);
  });

  it('a canonical name beats another skill that merely has it as a bracket alias', () => {
    const vocabulary = [{ name: 'Desain Grafis (Canva)', keys: [] }, { name: 'Canva', keys: [] }];
    expect(resolveSkills(vocabulary, ['canva']).canonical.get('canva')).toBe('Canva');
  });

  it('resolves through the shared vocabulary: a known skill comes in with all its spellings, named as a coordinator chose', () => {
    const shared = [known(null, 'Bahasa Inggris', 'English', 'Inggris'), known('Merajut', 'Merajut', 'Rajut', 'Knitting')];
    const { canonical, added } = resolveSkills([], ['English', 'bahasa inggris', 'Bahasa Inggris', 'rajut'], shared);
    expect(Object.fromEntries(canonical)).toEqual({ English: 'Bahasa Inggris', 'bahasa inggris': 'Bahasa Inggris', 'Bahasa Inggris': 'Bahasa Inggris', rajut: 'Merajut' });
    expect(added.map((s) => [s.name, s.aliases.map((a) => a.key)])).toEqual([
      ['Bahasa Inggris', ['bahasainggris', 'english', 'inggris']],
      ['Merajut', ['merajut', 'rajut', 'knitting']],
    ]);
  });

  it('a known skill joins the cohort skill that holds most of its keys; the cohort’s own keys win', () => {
    const vocabulary = [{ name: 'English', keys: ['english'] }, { name: 'Bahasa Inggris', keys: ['bahasainggris', 'inggris'] }];
    const shared = [known(null, 'Bahasa Inggris', 'English', 'Inggris', 'B. Inggris')];
    const { canonical, learned, added } = resolveSkills(vocabulary, ['B. Inggris', 'ENGLISH'], shared);
    expect(canonical.get('B. Inggris')).toBe('Bahasa Inggris');
    expect(canonical.get('ENGLISH')).toBe('English');
    expect(added).toEqual([]);
    expect(learned).toEqual([{ name: 'Bahasa Inggris', aliases: [{ key: 'binggris', spelling: 'B. Inggris' }] }]);
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
