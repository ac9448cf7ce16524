import { defaultSettings, type MatchInput, type MatchParticipant, type MatchSettings } from '../../../src/main/core/matching/types';

// Terse builders for table-driven tests.

export function person(id: string, fields: Partial<MatchParticipant> = {}): MatchParticipant {
  return { id, region: 'Bandung', level: 'B1', kind: 'group', capacity: 3, closed: false, offers: [], seeks: [], preferences: [], ...fields };
}

export function cohort(participants: MatchParticipant[], extra: Partial<Omit<MatchInput, 'settings'>> & { settings?: Partial<MatchSettings> } = {}): MatchInput {
  return {
    participants,
    fixed: extra.fixed ?? [],
    declined: extra.declined ?? [],
    rejected: extra.rejected ?? [],
    settings: { ...defaultSettings, ...extra.settings },
  };
}
