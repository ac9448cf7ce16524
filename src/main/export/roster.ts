import { escapeHtml } from './escape';
import { kindLabel, labelsFor, phaseText, seatsText, unitTitle, type Labels } from './labels';
import { rosterCss } from './roster-css';
import type { GroupFilter } from '../../shared/contract';
import type { RosterDocument, RosterGroup, RosterPerson } from './types';

export { rosterCss } from './roster-css';

// Printable rosters: one page per group, everything escaped, no scripts and no external resources,
// so the same HTML can go through headless Chromium, Electron's printToPDF or the preview view.

const dash = '—';

/**
 * The wa.me chat link of an E.164 number ("+6281234567890" -> "https://wa.me/6281234567890": digits
 * only, no plus). Null for anything else: a local "0812…" number would open the wrong chat.
 */
export function waLink(phone: string): string | null {
  const compact = phone.replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{5,14}$/.test(compact) ? `https://wa.me/${compact.slice(1)}` : null;
}

function text(value: string | null | undefined): string {
  const trimmed = (value ?? '').trim();
  return trimmed ? escapeHtml(trimmed) : `<span class="muted">${dash}</span>`;
}

/**
 * Easier to read aloud and type from paper: "+62 812-3456-7890" for Indonesian numbers; other
 * numbers stay as given.
 */
export function formatPhone(phone: string): string {
  const trimmed = phone.trim();
  const m = /^\+62(\d{3})(\d{3,4})(\d{3,6})$/.exec(trimmed);
  return m ? `+62 ${m[1]}-${m[2]}-${m[3]}` : trimmed;
}

function phoneHtml(phone: string): string {
  const link = waLink(phone);
  return link ? `<a href="${link}">${escapeHtml(formatPhone(phone))}</a>` : text(phone);
}

/** Long addresses break before "@" and dots (via <wbr>) rather than mid-word. */
function emailHtml(email: string): string {
  const trimmed = email.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) return text(trimmed);
  const breakable = escapeHtml(trimmed).replace(/([@.])/g, '<wbr>$1');
  return `<a href="mailto:${escapeHtml(trimmed)}">${breakable}</a>`;
}

function nameHtml(person: RosterPerson): string {
  const name = person.name.trim();
  const nick = person.nickname.trim();
  const showNick = nick && nick.toLowerCase() !== name.toLowerCase();
  return `${text(name)}${showNick ? ` <span class="nick">(${escapeHtml(nick)})</span>` : ''}`;
}

function personHtml(person: RosterPerson, role: 'mentor' | 'mentee', roleText: string, l: Labels): string {
  const skillLabel = role === 'mentor' ? l.skillTaught : l.skillSought;
  return `<article class="person ${role}">
<div class="person-head"><h2 class="name"><span class="role">${escapeHtml(roleText)}</span> ${nameHtml(person)}</h2><p class="person-skill"><span class="label">${escapeHtml(skillLabel)}:</span> <b>${text(person.skill)}</b></p></div>
<dl class="facts">
<dt>${escapeHtml(l.whatsapp)}</dt><dd>${phoneHtml(person.phone)}</dd><dt>${escapeHtml(l.email)}</dt><dd>${emailHtml(person.email)}</dd>
<dt>${escapeHtml(l.region)}</dt><dd>${text(person.region)}</dd><dt>${escapeHtml(l.level)}</dt><dd>${text(person.level)}</dd>
</dl>
</article>`;
}

function chip(label: string, value: string): string {
  return `<span class="chip"><b>${escapeHtml(label)}:</b> ${escapeHtml(value)}</span>`;
}

function sheetHtml(doc: RosterDocument, group: RosterGroup): string {
  const l = labelsFor(doc.language);
  const skill = (group.skill ?? group.mentor.skill ?? '').trim();
  const chips = [
    chip(l.kind, kindLabel(group.kind, doc.language)),
    skill ? chip(l.skill, skill) : '',
    chip(l.seats, seatsText(group)),
  ].join('');
  const mentees = group.mentees.length
    ? group.mentees.map((m, i) => personHtml(m, 'mentee', group.mentees.length > 1 ? `${l.mentee} ${i + 1}` : l.mentee, l)).join('\n')
    : `<p class="empty">${escapeHtml(l.noMentees)}</p>`;
  return `<section class="sheet">
${bandHtml(doc)}
<div class="group-head"><h2 class="group-title">${escapeHtml(unitTitle(group, doc))}</h2>${chips}</div>
${personHtml(group.mentor, 'mentor', l.mentor, l)}
<h3 class="section-title">${escapeHtml(l.mentees)}</h3>
${mentees}
${noteHtml(doc)}
</section>`;
}

function bandHtml(doc: RosterDocument): string {
  const l = labelsFor(doc.language);
  return `<header class="band">
<div class="band-top"><span class="program">${escapeHtml(doc.program.trim())}</span><span class="doc-title">${escapeHtml(l.rosterTitle)}</span></div>
<h1 class="cohort">${escapeHtml(doc.cohort.trim())}</h1>
<p class="phase">${escapeHtml(`${l.phase}: ${phaseText(doc, doc.language)}`)}</p>
</header>`;
}

function noteHtml(doc: RosterDocument): string {
  const note = doc.note.trim();
  if (!note) return '';
  return `<aside class="note"><h3>${escapeHtml(labelsFor(doc.language).note)}</h3><p>${escapeHtml(note)}</p></aside>`;
}

/** The roster markup without <html>/<head>: one `.sheet` per group inside `<main class="kupu-roster">`. */
export function renderRosterBody(doc: RosterDocument): string {
  const l = labelsFor(doc.language);
  const sheets = doc.groups.length
    ? doc.groups.map((g) => sheetHtml(doc, g))
    : [`<section class="sheet">\n${bandHtml(doc)}\n<p class="empty">${escapeHtml(l.noGroups)}</p>\n</section>`];
  return `<main class="kupu-roster">\n${sheets.join('\n')}\n</main>`;
}

export function rosterTitle(doc: RosterDocument): string {
  return [doc.program.trim(), doc.cohort.trim(), labelsFor(doc.language).rosterTitle].filter(Boolean).join(' — ');
}

/** A complete, self-contained HTML document ready to print: one page per group. */
export function renderRosterHtml(doc: RosterDocument): string {
  return `<!DOCTYPE html>
<html lang="${doc.language === 'en' ? 'en' : 'id'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(rosterTitle(doc))}</title>
<style>html, body { margin: 0; padding: 0; }${rosterCss(doc.paper)}</style>
</head>
<body>
${renderRosterBody(doc)}
</body>
</html>
`;
}

const fold = (s: string | null | undefined): string => (s ?? '').trim().toLocaleLowerCase('id');

/**
 * The groups a coordinator chose to print. A group's region is its mentor's region; its skill is the
 * group's skill (or the mentor's when the group has none). Matching ignores case and surrounding spaces.
 */
export function filterGroups(groups: RosterGroup[], filter: GroupFilter): RosterGroup[] {
  const region = filter.region === undefined ? null : fold(filter.region);
  const skill = filter.skill === undefined ? null : fold(filter.skill);
  const mentorIds = filter.mentorIds ? new Set(filter.mentorIds) : null;
  return groups.filter(
    (g) =>
      (region === null || fold(g.mentor.region) === region) &&
      (skill === null || fold(g.skill ?? g.mentor.skill) === skill) &&
      (mentorIds === null || (g.mentor.mentorId !== undefined && mentorIds.has(g.mentor.mentorId))),
  );
}
