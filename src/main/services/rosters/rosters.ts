import type { Paper, RosterRequest } from '../../../shared/contract';
import type { ExportData, RosterDocument } from '../../export/types';
import { cohortWhatsAppMessages, cohortWhatsAppText, exportTables, filterGroups, groupWhatsAppText, renderRosterHtml, rosterGroups, toCsv, toXlsx } from '../../export';
import type { Db } from '../../store/connection';
import { getSettings } from '../../store/cohortRepo';
import { listPairings } from '../../store/pairingsRepo';
import { listParticipants } from '../../store/participantsRepo';

// From the cohort in the store to the plain documents the export module renders.

function exportData(db: Db): ExportData {
  return {
    participants: listParticipants(db),
    pairings: listPairings(db).map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, skill: p.skill, kind: p.kind })),
    groupSizeLimit: getSettings(db).groupSizeLimit,
  };
}

export function rosterDocument(db: Db, options: RosterRequest = {}): RosterDocument {
  const settings = getSettings(db);
  const groups = rosterGroups(exportData(db));
  return {
    program: settings.program,
    cohort: settings.name,
    startDate: settings.startDate,
    duration: settings.duration,
    durationUnit: settings.durationUnit,
    language: settings.language,
    note: options.note ?? '',
    paper: options.paper ?? 'A4',
    groups: filterGroups(groups, options.filter ?? {}),
    counts: { group: groups.filter((g) => g.kind === 'group').length, peer: groups.filter((g) => g.kind === 'peer').length },
  };
}

export function rosterHtml(db: Db, options: RosterRequest = {}): { html: string; groups: number } {
  const document = rosterDocument(db, options);
  return { html: renderRosterHtml(document), groups: document.groups.length };
}

/** Turns roster HTML into PDF bytes: headless Chromium by default, printToPDF in the desktop shell. */
export type RenderPdf = (html: string, paper: Paper) => Promise<Uint8Array>;

export function rosterPdf(db: Db, options: RosterRequest, renderPdf: RenderPdf): Promise<Uint8Array> {
  return renderPdf(rosterHtml(db, options).html, options.paper ?? 'A4');
}

/** Text ready to paste into each group's WhatsApp chat, and the whole cohort's as one file. */
export function rosterWhatsApp(db: Db, options: RosterRequest = {}) {
  const document = rosterDocument(db, options);
  return {
    groups: document.groups.map((group) => ({
      mentorId: group.mentor.mentorId ?? '',
      mentor: group.mentor.name,
      kind: group.kind,
      mentees: group.mentees.length,
      text: groupWhatsAppText(group, document),
    })),
    all: cohortWhatsAppText(document),
    messages: cohortWhatsAppMessages(document),
  };
}

export function exportFile(db: Db, format: 'csv' | 'xlsx'): { fileName: string; bytes: Uint8Array } {
  const settings = getSettings(db);
  const tables = exportTables(exportData(db), settings.language);
  const base = [settings.program, settings.name].map((part) => part.trim()).filter(Boolean).join(' ') || 'kupu';
  const fileBase = base.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'kupu';
  if (format === 'xlsx') return { fileName: `${fileBase}.xlsx`, bytes: toXlsx(tables) };
  // One CSV holds one table: the participants with their pairing, as the XLSX has it; it re-imports with its pairings.
  return { fileName: `${fileBase}.csv`, bytes: new TextEncoder().encode(toCsv(tables[0].rows)) };
}
