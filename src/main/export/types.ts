import type { Paper } from '../../shared/contract';
import type { Language, PairKind, Pairing, Participant } from '../../shared/domain';

import type { Phase } from '../../shared/phase';

// Plain-data inputs of the export writers, derived from the domain's shapes. Nothing here knows about
// SQLite or Electron: the services map the store's data onto these.

export type RosterPerson = Pick<Participant, 'name' | 'nickname' | 'phone' | 'email' | 'region' | 'level'> & {
  /** The participant id, when known; lets the coordinator print rosters for chosen mentors. */
  mentorId?: string;
  /** Skill taught (mentor) or sought (mentee). */
  skill: string | null;
};

export interface RosterGroup {
  mentor: RosterPerson;
  kind: PairKind;
  /** 1-based among the cohort's groups, or among its peer pairs (src/shared/groups.ts). */
  number: number;
  skill: string | null;
  /** The mentor's mentees and seats, counted once per mentor as the board counts them. */
  seats: { taken: number; total: number };
  mentees: RosterPerson[];
}

/** `startDate` is YYYY-MM-DD, or null when the phase has no start date yet. */
export interface RosterDocument extends Phase {
  program: string;
  cohort: string;
  language: Language;
  /** The coordinator's note, printed on every page; '' for none. */
  note: string;
  paper: Paper;
  groups: RosterGroup[];
  /** How many groups and peer pairs the whole cohort has (the "of N" of each page, filtered or not). */
  counts: Record<PairKind, number>;
}

/** One sheet (XLSX) or file (CSV) of plain text cells; the first row is the header. */
export interface Table {
  name: string;
  rows: string[][];
}

export type ExportParticipant = Pick<Participant, 'id' | 'name' | 'nickname' | 'email' | 'phone' | 'region' | 'level' | 'kind' | 'capacity' | 'offers' | 'seeks'>;

export type ExportPairing = Pick<Pairing, 'mentorId' | 'menteeId' | 'skill' | 'kind'>;

export interface ExportData {
  participants: ExportParticipant[];
  pairings: ExportPairing[];
  /** The cohort's group size limit: a group mentor's seats are her capacity up to it. */
  groupSizeLimit: number;
}
