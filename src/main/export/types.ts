// Plain-data inputs of the export writers. Nothing here knows about SQLite or Electron:
// the store/api layer maps its rows onto these shapes.

import type { Phase } from '../../shared/phase';

export type RosterLanguage = 'id' | 'en';
export type Paper = 'A4' | 'Letter';

export interface RosterPerson {
  /** The participant id, when known; lets the coordinator print rosters for chosen mentors. */
  mentorId?: string;
  name: string;
  nickname: string;
  /** E.164 like +6281234567890, or '' when unknown. */
  phone: string;
  email: string;
  region: string;
  level: string;
  /** Skill taught (mentor) or sought (mentee). */
  skill: string | null;
}

export interface RosterGroup {
  mentor: RosterPerson;
  kind: 'peer' | 'group';
  skill: string | null;
  mentees: RosterPerson[];
}

/** `startDate` is YYYY-MM-DD, or null when the phase has no start date yet. */
export interface RosterDocument extends Phase {
  program: string;
  cohort: string;
  language: RosterLanguage;
  /** The coordinator's note, printed on every page; '' for none. */
  note: string;
  paper: Paper;
  groups: RosterGroup[];
}

/** Which groups to print. Every given criterion must hold; an empty filter keeps all groups. */
export interface GroupFilter {
  region?: string;
  skill?: string;
  mentorIds?: string[];
}

/** One sheet (XLSX) or file (CSV) of plain text cells; the first row is the header. */
export interface Table {
  name: string;
  rows: string[][];
}

export type ExportKind = 'peer' | 'group' | 'both';

export interface ExportParticipant {
  id: string;
  name: string;
  nickname: string;
  email: string;
  phone: string;
  region: string;
  level: string;
  kind: ExportKind;
  capacity: number;
  offers: string[];
  seeks: string[];
}

export interface ExportPairing {
  mentorId: string;
  menteeId: string;
  skill: string | null;
  kind: 'peer' | 'group';
}

export interface ExportData {
  participants: ExportParticipant[];
  pairings: ExportPairing[];
}
