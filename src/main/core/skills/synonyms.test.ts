import { describe, expect, it } from 'vitest';
import data from './synonyms.json';
import { resolveSkills, spellingKeys } from './resolve';
import { synonymGroups, wordTable } from './synonyms';
import { sharedVocabulary } from './vocabulary';

// The reviewed synonym list: its entries hold together, never overlap, cover the fields the programs
// teach, and keep apart what is different.

const { known } = sharedVocabulary([]);
const skillsOf = (spellings: string[]) => new Set(resolveSkills([], spellings, known).canonical.values());

describe('the synonym list', () => {
  it('covers every field such programs offer', () => {
    expect(new Set(data.skills.map((entry) => entry.domain))).toEqual(new Set([
      'languages', 'office', 'crafts', 'cooking', 'parenting', 'homeschooling', 'writing', 'design', 'selling online',
      'public speaking', 'religious study', 'finance', 'productivity',
    ]));
  });

  it('each entry’s spellings resolve to one skill', () => {
    for (const spellings of synonymGroups) expect(skillsOf([...spellings]), spellings.join(' | ')).toHaveProperty('size', 1);
  });

  it('no spelling belongs to two entries', () => {
    const entryOf = new Map<string, number>();
    const clashes: string[] = [];
    synonymGroups.forEach((spellings, i) => {
      for (const spelling of spellings) {
        for (const key of spellingKeys(spelling)) {
          const other = entryOf.get(key);
          if (other !== undefined && other !== i) clashes.push(`${spelling} (${synonymGroups[other][0]} / ${spellings[0]})`);
          entryOf.set(key, i);
        }
      }
    });
    expect(clashes).toEqual([]);
  });

  it('word table entries are folded words that change something', () => {
    for (const [phrase, meaning] of wordTable) {
      expect(phrase).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
      expect(meaning.join(' ')).not.toBe(phrase);
    }
  });

  it.each([
    [['Bahasa Inggris', 'B. Inggris', 'Bhs Inggris', 'English', 'bahasa inggris']],
    [['Bahasa Arab', 'B. Arab', 'Arabic']],
    [['Microsoft Excel', 'Ms. Excel', 'MS Excel', 'Excel']],
    [['Microsoft PowerPoint', 'PPT', 'Power Point', 'Ms. PowerPoint']],
    [['Homeschooling', 'HS', 'Home Schooling', 'Homeschool', 'Sekolah Rumah']],
    [['Merajut', 'Rajut', 'Knitting']],
    [['Menjahit', 'Jahit', 'Sewing']],
    [['Memasak', 'Masak', 'Cooking']],
    [['MPASI', 'MP-ASI', 'Makanan Pendamping ASI']],
    [['Tahsin', 'Tahsin Al-Qur’an', "Tahsin Al Qur'an", 'Tahsin Quran', 'tahsin alquran']],
    [['Tahfidz', 'Tahfiz', 'Tahfidz Al-Qur’an', 'Tahfiz Quran', 'Menghafal Al-Quran']],
    [['Fiqih Wanita', 'Fikih Wanita', 'Fiqh Wanita']],
    [['Public Speaking', 'Publik Speaking', 'Berbicara di Depan Umum']],
    [['Berjualan Online', 'Jualan Online', 'Olshop', 'Online Shop']],
    [['Manajemen Keuangan Keluarga', 'Keuangan Keluarga', 'Manaj. Keuangan Keluarga', 'Family Finance']],
    [['Desain Grafis', 'Graphic Design', 'Design Grafis']],
    [['Mind Mapping', 'Mind-mapping', 'Mindmap', 'Peta Pikiran']],
  ])('collapses %j', (spellings) => expect(skillsOf(spellings)).toHaveProperty('size', 1));

  it.each([
    [['Bahasa Inggris', 'Bahasa Arab']],
    [['Tahsin', 'Tahfidz']],
    [['Menjahit', 'Merajut']],
    [['Manajemen Keuangan', 'Manajemen Waktu']],
    [['Microsoft Excel', 'Microsoft Word']],
    [['Canva', 'Desain Grafis']],
    [['Parenting', 'Parenting Islami']],
    [['Vitamin B', 'Vitamin Bahasa']],
  ])('keeps %j apart', (spellings) => expect(skillsOf(spellings)).toHaveProperty('size', spellings.length));
});
