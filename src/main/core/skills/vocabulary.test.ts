import { describe, expect, it } from 'vitest';
import { resolveSkills } from './resolve';
import { markedNotSame, sharedVocabulary, type SkillDecision } from './vocabulary';

// The shared vocabulary: the synonym list replayed with the coordinator's decisions, in order.

const resolveWith = (decisions: SkillDecision[], spellings: string[]) =>
  Object.fromEntries(resolveSkills([], spellings, sharedVocabulary(decisions).known).canonical);

describe('sharedVocabulary', () => {
  it('without decisions is the synonym list', () => {
    expect(resolveWith([], ['English', 'B. Inggris', 'Rajut', 'Merajut'])).toEqual({
      English: 'English', 'B. Inggris': 'English', Rajut: 'Rajut', Merajut: 'Rajut',
    });
  });

  it('a merge joins two skills (with all their known spellings) under the name merged into', () => {
    const merge: SkillDecision = { kind: 'merge', from: ['Menjait'], into: ['Menjahit'], name: 'Menjahit' };
    expect(resolveWith([merge], ['menjait', 'Sewing'])).toEqual({ menjait: 'Menjahit', Sewing: 'Menjahit' });
  });

  it('a rename names the skill in every later cohort', () => {
    const rename: SkillDecision = { kind: 'rename', spellings: ['English', 'Bahasa Inggris'], name: 'Bahasa Inggris' };
    expect(resolveWith([rename], ['English', 'B. Inggris'])).toEqual({ English: 'Bahasa Inggris', 'B. Inggris': 'Bahasa Inggris' });
  });

  it('a split takes spellings out of a skill, the synonym list’s included; the rest stays together', () => {
    const split: SkillDecision = { kind: 'split', spellings: ['English'], name: 'English', rest: ['Bahasa Inggris', 'B. Inggris'] };
    expect(resolveWith([split], ['english', 'Bahasa Inggris', 'B. Inggris', 'Inggris'])).toEqual({
      english: 'English', 'Bahasa Inggris': 'Bahasa Inggris', 'B. Inggris': 'Bahasa Inggris', Inggris: 'Bahasa Inggris',
    });
  });

  it('later decisions win: a merge after a split joins them again', () => {
    const split: SkillDecision = { kind: 'split', spellings: ['English'], name: 'English', rest: ['Bahasa Inggris'] };
    const merge: SkillDecision = { kind: 'merge', from: ['English'], into: ['Bahasa Inggris'], name: 'Bahasa Inggris' };
    expect(resolveWith([split, merge], ['English', 'Inggris'])).toEqual({ English: 'Bahasa Inggris', Inggris: 'Bahasa Inggris' });
  });

  it('remembers pairs marked "not the same" by their keys, either way round', () => {
    const { notSame } = sharedVocabulary([{ kind: 'notSame', a: ['Merenda', 'merenda'], b: ['Menjahit'] }]);
    expect(markedNotSame(notSame, ['menjahit'], ['merenda'])).toBe(true);
    expect(markedNotSame(notSame, ['merenda'], ['menjahit', 'jahit'])).toBe(true);
    expect(markedNotSame(notSame, ['merenda'], ['merajut'])).toBe(false);
  });
});
