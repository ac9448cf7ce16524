import { describe, expect, it } from 'vitest';
import { skillAliases } from './resolve';
import { suggestMerges, type SkillForSuggestion } from './suggest';
import { sharedVocabulary } from './vocabulary';

// Suggested merges: which pairs, in which direction, why, and in what order.

const skill = (name: string, users = 1): SkillForSuggestion => ({ name, keys: skillAliases(name), users });
const pairs = (skills: SkillForSuggestion[]) => suggestMerges(skills).map((m) => `${m.from} → ${m.into}`);
const codes = (skills: SkillForSuggestion[]) => suggestMerges(skills).map((m) => m.why.map((w) => w.code).join('+'));

describe('suggestMerges', () => {
  it.each<[string, string, string, string]>([
    ['an Indonesian prefix (me-)', 'Rajut', 'Merajut', 'affix'],
    ['men- with its sound change', 'Tulis', 'Menulis', 'affix'],
    ['men- before j', 'Jahit', 'Menjahit', 'affix'],
    ['mem- before m', 'Masak', 'Memasak', 'affix'],
    ['ber-', 'Kebun', 'Berkebun', 'affix'],
    ['ke-…-an', 'Wirausaha', 'Kewirausahaan', 'affix'],
    ['-an', 'Rajutan', 'Merajut', 'affix'],
    ['affix inside a longer name', 'Jahit Baju', 'Menjahit Baju', 'affix'],
    ['a translation', 'Time Management', 'Manajemen Waktu', 'translation'],
    ['a translation in other word order', 'Food Photography', 'Fotografi Makanan', 'translation'],
    ['an abbreviation', 'DM', 'Digital Marketing', 'abbreviation'],
    ['a typo', 'Tahsim', 'Tahsin Quran', ''],
    ['one letter apart', 'Menjait', 'Menjahit', 'spelling'],
    ['two letters apart in a long name', 'Manajemen Keungan', 'Manajemen Keuangan', 'spelling'],
    ['one name inside the other', 'Keuangan Keluarga', 'Perencanaan Keuangan Keluarga', 'words'],
  ])('%s: %s into %s', (_, from, into, code) => {
    const found = suggestMerges([skill(from), skill(into)]);
    if (code === '') return expect(found).toEqual([]);
    expect(found.map((m) => [m.from, m.into])).toEqual([[from, into]]);
    expect(found[0].why.map((w) => w.code)).toContain(code);
  });

  it.each([
    ['learning and teaching share a root but are not one skill', 'Belajar', 'Mengajar'],
    ['two languages', 'Bahasa Inggris', 'Bahasa Arab'],
    ['a level apart', 'Tahsin 1', 'Tahsin 2'],
    ['short names a letter apart', 'Yoga', 'Toga'],
    ['a vague word inside a name', 'Bahasa', 'Bahasa Jepang'],
    ['different crafts', 'Menjahit', 'Merajut'],
  ])('%s: %s / %s', (_, a, b) => expect(suggestMerges([skill(a), skill(b)])).toEqual([]));

  it('goes from the skill fewer people chose into the other', () => {
    expect(pairs([skill('Merajut', 1), skill('Rajut', 9)])).toEqual(['Merajut → Rajut']);
  });

  it('ranks stronger evidence first, then the pair more people chose', () => {
    const skills = [
      skill('Keuangan Keluarga', 5), skill('Perencanaan Keuangan Keluarga', 5), // words only
      skill('Rajut', 1), skill('Merajut', 2), // an affix
      skill('Menjait', 3), skill('Menjahit', 9), // one letter apart
      skill('Jahit', 4), // an affix of Menjahit
    ];
    expect(pairs(skills)).toEqual(['Jahit → Menjahit', 'Rajut → Merajut', 'Menjait → Menjahit', 'Keuangan Keluarga → Perencanaan Keuangan Keluarga']);
    expect(codes(skills)[0]).toBe('affix');
  });

  it('leaves out pairs marked "not the same", whichever way round', () => {
    const { notSame } = sharedVocabulary([{ kind: 'notSame', a: ['Merajut'], b: ['Rajut'] }]);
    expect(suggestMerges([skill('Rajut'), skill('Merajut'), skill('Jahit'), skill('Menjahit')], notSame).map((m) => m.from)).toEqual(['Jahit']);
  });

  it('finds a real pair in a long tail of thousands of skills, and lists at most 200', () => {
    // A long tail of made-up two-word skills (seeded), and one real pair among them.
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const syllables = ['ka', 'ri', 'mu', 'to', 'sa', 'ne', 'lo', 'pi', 'da', 'gu', 'be', 'ha', 'jo', 'wi', 'ye', 'ru'];
    const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
    const skills = Array.from({ length: 5000 }, () => skill(`${word()} ${word()}`));
    skills.push(skill('Merajut'), skill('Rajut'));
    const found = suggestMerges(skills);
    expect(found.map((m) => m.from)).toContain('Rajut');
    expect(found.length).toBeLessThanOrEqual(200);
  });
});
