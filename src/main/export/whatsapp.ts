import { kindLabel, labelsFor, phaseText, seatsText, unitTitle } from './labels';
import { waLink } from './roster';
import type { RosterDocument, RosterGroup, RosterPerson } from './types';

// Plain text to paste into WhatsApp: one message per group, or the whole cohort as one text file.
// WhatsApp formats *bold*, _italic_, ~strike~ and `code`; names are data, so their marker characters
// are swapped for look-alikes that WhatsApp leaves alone, and line breaks inside a value are folded.

const lookAlikes: Record<string, string> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\uFF3F', // ＿ fullwidth low line
  '~': '\u223C', // ∼ tilde operator
  '`': '\u02CB', // ˋ modifier letter grave accent
};

/** A value safe inside a WhatsApp line: no formatting markers, no line breaks, single spaces. */
export function whatsAppSafe(value: string | null | undefined): string {
  return (value ?? '')
    .replace(/[*_~`]/g, (c) => lookAlikes[c])
    .replace(/\s+/g, ' ')
    .trim();
}

function bold(value: string): string {
  const safe = whatsAppSafe(value);
  return safe ? `*${safe}*` : '';
}

function personLine(label: string, person: RosterPerson, skillLabel: string): string {
  const nick = whatsAppSafe(person.nickname);
  const name = whatsAppSafe(person.name);
  const who = [bold(person.name) || '—', nick && nick.toLowerCase() !== name.toLowerCase() ? `(${nick})` : ''].filter(Boolean).join(' ');
  const skill = whatsAppSafe(person.skill);
  const parts = [waLink(person.phone) ?? whatsAppSafe(person.phone), skill ? `${skillLabel}: ${skill}` : ''].filter(Boolean);
  return [`${label}: ${who}`, ...parts].join(' — ');
}

function groupTitle(group: RosterGroup, doc: RosterDocument): string {
  const l = labelsFor(doc.language);
  const skill = whatsAppSafe(group.skill ?? group.mentor.skill);
  return [bold(unitTitle(group, doc)), `${l.kind}: ${kindLabel(group.kind, doc.language)}`, skill ? `${l.skill}: ${skill}` : '', `${l.seats}: ${seatsText(group)}`]
    .filter(Boolean)
    .join(' · ');
}

function peopleLines(group: RosterGroup, doc: RosterDocument): string[] {
  const l = labelsFor(doc.language);
  const many = group.mentees.length > 1;
  return [
    personLine(l.mentor, group.mentor, l.skillTaught),
    ...group.mentees.map((m, i) => personLine(many ? `${l.mentee} ${i + 1}` : l.mentee, m, l.skillSought)),
  ];
}

/** The cohort's title (with `part`, "1/3", when the text is one of several messages) and its dates. */
function cohortLines(doc: RosterDocument, part = ''): string[] {
  const l = labelsFor(doc.language);
  const title = [whatsAppSafe(doc.program), whatsAppSafe(doc.cohort)].filter(Boolean).join(' — ');
  const head = title ? `*${title}*${part && ` ${part}`}` : part;
  return [head, `${l.phase}: ${phaseText(doc, doc.language)}`].filter(Boolean);
}

/** The coordinator writes the note, so their own WhatsApp formatting is kept; blank lines are dropped. */
function noteLines(doc: RosterDocument): string[] {
  const lines = doc.note.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return lines.length ? [`${labelsFor(doc.language).note}: ${lines[0]}`, ...lines.slice(1)] : [];
}

/**
 * The message for one group's WhatsApp chat: cohort title and dates, the group's title, then one line
 * per person (bold name, wa.me link, skill) and the coordinator's note. Has no blank lines.
 */
export function groupWhatsAppText(group: RosterGroup, doc: RosterDocument): string {
  return [...cohortLines(doc), groupTitle(group, doc), ...peopleLines(group, doc), ...noteLines(doc)].join('\n');
}

function groupBlocks(doc: RosterDocument): string[] {
  return doc.groups.map((g) => [groupTitle(g, doc), ...peopleLines(g, doc)].join('\n'));
}

/** The whole cohort as one text: its title, dates and note, then every group, separated by blank lines. */
export function cohortWhatsAppText(doc: RosterDocument): string {
  const head = [...cohortLines(doc), ...noteLines(doc)].join('\n');
  return `${[head, ...groupBlocks(doc)].join('\n\n')}\n`;
}

/** WhatsApp refuses a message of more than about 65,000 characters; each message stays well under that. */
export const whatsAppMessageLimit = 60_000;

/**
 * Packs lines (or blocks of lines, joined by `separator`) into as few messages as fit under `limit`,
 * each message's head taking `headRoom`; a line is never split.
 */
export function packLines(lines: readonly string[], headRoom: number, limit: number, separator = '\n'): string[][] {
  const packs: string[][] = [];
  let current: string[] = [];
  let size = headRoom;
  for (const block of lines) {
    const cost = separator.length + block.length;
    if (current.length > 0 && size + cost > limit) {
      packs.push(current);
      current = [];
      size = headRoom;
    }
    current.push(block);
    size += cost;
  }
  if (current.length > 0 || packs.length === 0) packs.push(current);
  return packs;
}

/** One of the messages the whole cohort is sent in, with the roster pages (groups and peer pairs, in order) it holds. */
export interface WhatsAppMessage {
  text: string;
  from: number;
  to: number;
}

/**
 * The whole cohort as WhatsApp messages of at most `limit` characters: one when it fits, else several,
 * each complete on its own (the title marked "(2/3)", the dates and the note, then whole groups).
 */
export function cohortWhatsAppMessages(doc: RosterDocument, limit = whatsAppMessageLimit): WhatsAppMessage[] {
  const head = (part: number, parts: number) => [...cohortLines(doc, parts > 1 ? `(${part}/${parts})` : ''), ...noteLines(doc)].join('\n');
  const packs = packLines(groupBlocks(doc), head(999, 999).length + 1, limit, '\n\n');
  let from = 1;
  return packs.map((pack, i) => {
    const message = { text: `${[head(i + 1, packs.length), ...pack].join('\n\n')}\n`, from, to: from + pack.length - 1 };
    from += pack.length;
    return message;
  });
}
