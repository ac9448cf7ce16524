import { describe, expect, it } from 'vitest';
import { ruleCode } from '../../../shared/domain';
import { translate } from '../../../shared/i18n';
import { overrideNote, type OverrideFacts } from './overrideNote';

const facts: OverrideFacts = {
  mentor: { level: 'Batch 7', capacity: 2 },
  mentee: { level: 'Batch 8' },
  skill: 'Canva',
  settings: { groupSizeLimit: 5, mentorsPerMentee: 1 },
};

describe('the override flag’s words', () => {
  it.each([
    ['level', 'en', 'Overridden: different levels (Batch 7 vs Batch 8).'],
    ['level', 'id', 'Dilanggar: kelas berbeda (Batch 7 dan Batch 8).'],
    ['skill', 'en', 'Overridden: the mentor does not offer Canva.'],
    ['capacity', 'en', 'Overridden: more mentees than the mentor’s capacity (2).'],
    ['group_size', 'id', 'Dilanggar: lebih dari batas anggota kelompok (5).'],
    ['mentor_limit', 'en', 'Overridden: more mentors than the limit (1).'],
  ] as const)('%s in %s', (code, language, expected) => {
    const { key, params } = overrideNote(code, facts);
    expect(translate(language, key, params)).toBe(expected);
  });

  it('names a value for every rule in both languages, never an empty pair of brackets', () => {
    const blank: OverrideFacts = { mentor: { level: '', capacity: 1 }, mentee: { level: '' }, skill: null, settings: facts.settings };
    for (const code of ruleCode.options) {
      for (const language of ['en', 'id'] as const) {
        const { key, params } = overrideNote(code, blank);
        const text = translate(language, key, params);
        expect(text).not.toMatch(/\(\s*(vs|dan)?\s*\)|\{\{|overridden\./);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });
});
