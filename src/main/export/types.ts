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
  skill: string | null;
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
}
