import type { Participant, RuleCode, Settings } from '../../../shared/domain';

// What a card's ⚠ says about each rule the coordinator overrode for its pairing. The pairing keeps only
// the rules' codes, so the values the sentence names (levels, limits, the skill) are read from the
// people and the settings as they are now.

export interface OverrideFacts {
  mentor: Pick<Participant, 'level' | 'capacity'> | null;
  mentee: Pick<Participant, 'level'>;
  skill: string | null;
  settings: Pick<Settings, 'groupSizeLimit' | 'mentorsPerMentee'>;
}

export function overrideNote(code: RuleCode, facts: OverrideFacts): { key: string; params: Record<string, string | number> } {
  const none = '—';
  switch (code) {
    case 'level': return { key: 'overridden.level', params: { mentorLevel: facts.mentor?.level || none, menteeLevel: facts.mentee.level || none } };
    case 'skill': return { key: 'overridden.skill', params: { skill: facts.skill || none } };
    case 'capacity': return { key: 'overridden.capacity', params: { capacity: facts.mentor?.capacity ?? none } };
    case 'group_size': return { key: 'overridden.group_size', params: { limit: facts.settings.groupSizeLimit } };
    case 'mentor_limit': return { key: 'overridden.mentor_limit', params: { limit: facts.settings.mentorsPerMentee } };
    default: return { key: `overridden.${code}`, params: {} };
  }
}
