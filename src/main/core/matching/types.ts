// Plain data in and out of the matching engine. No I/O: the store/api layers build a MatchInput and
// persist what comes back.

import { defaultWeights as cohortDefaultWeights, type MentoringKind, type PairKind } from '../../../shared/domain';

export type { MentoringKind };

export interface MatchParticipant {
  id: string;
  region: string;
  level: string;
  /** Kind of mentoring this person OFFERS as a mentor. */
  kind: MentoringKind;
  /** Mentees they can take (0..5). */
  capacity: number;
  /** Closed by hand: takes no more. */
  closed: boolean;
  /** Canonical skill names offered (already normalized through the vocabulary). */
  offers: string[];
  /** Canonical skill names sought as a mentee. */
  seeks: string[];
  /** Mentee's ranked preferred mentor ids, best first. */
  preferences: string[];
  /** Mentor's preferred mentee ids, best first. */
  mentorPreferences?: string[];
}

/** Integer-ish points; rounded to integers and clamped at 0 by the engine. */
export interface MatchWeights {
  skill: number;
  preference: number;
  region: number;
  level: number;
  mentorPreference: number;
  spread: number;
}

export interface MatchSettings {
  groupSizeLimit: number;
  mentorsPerMentee: number;
  peerSameLevel: boolean;
  allowMutual: boolean;
  weights: MatchWeights;
}

export interface FixedPair {
  mentorId: string;
  menteeId: string;
  skill: string | null;
}

export interface MentorMenteeRef {
  mentorId: string;
  menteeId: string;
}

export interface MatchInput {
  participants: MatchParticipant[];
  /** Pairs that stay (pinned/accepted/existing): they use capacity and the mentee's mentor limit. */
  fixed: FixedPair[];
  /** Never suggested again. */
  declined: MentorMenteeRef[];
  /** Suggestions the coordinator rejected: never suggested again. */
  rejected: MentorMenteeRef[];
  settings: MatchSettings;
}

export type ReasonCode = 'skill' | 'preference' | 'region' | 'level' | 'mentorPreference' | 'spread';

export interface Reason {
  code: ReasonCode;
  points: number;
  detail?: string;
}

export interface SuggestedPair {
  mentorId: string;
  menteeId: string;
  skill: string;
  kind: PairKind;
  score: number;
  reasons: Reason[];
}

export type UnmatchedCode = 'nobody_offers' | 'all_full' | 'other_level_only' | 'all_declined' | 'outscored' | 'seeks_nothing';

export interface Unmatched {
  menteeId: string;
  skill: string | null;
  code: UnmatchedCode;
  detail?: string;
}

export interface MatchStats {
  /** Candidate (mentor, mentee) pairs considered. */
  candidates: number;
  ms: number;
  /** False only when the no-mutual search ran out of budget and finished greedily (see noMutual.ts). */
  exact?: boolean;
}

export interface MatchResult {
  mode: 'optimal' | 'stable';
  pairs: SuggestedPair[];
  total: number;
  unmatched: Unmatched[];
  stats: MatchStats;
}

/** The cohort's default weights (a new cohort file starts with them). */
export const defaultWeights: MatchWeights = cohortDefaultWeights;

export const defaultSettings: MatchSettings = {
  groupSizeLimit: 5,
  mentorsPerMentee: 1,
  peerSameLevel: true,
  allowMutual: true,
  weights: defaultWeights,
};
