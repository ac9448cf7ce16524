import { createHash } from 'node:crypto';
import type { Language } from '../../../shared/i18n';
import type { Directory, DirectoryMentor } from '../../core/directory';
import { escapeHtml } from '../escape';
import { formatPhone, waLink } from '../roster';
import { directoryCss } from './css';
import { directorySearchScript } from './search';
import { displayName, docWords, formatAsOf, seatsText, type DocWords } from './words';

// The mentor directory as one self-contained HTML file: styles and a small search inline, nothing
// loaded from anywhere (a CSP meta tag forbids it), so it works opened from a phone's downloads or a
// WhatsApp attachment. Everything the participants typed is escaped; names may be emoji or right-to-left.

export interface DirectoryDocument {
  directory: Directory;
  program: string;
  cohort: string;
  language: Language;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

function mentorHtml(mentor: DirectoryMentor, skill: string, w: DocWords): string {
  const { name, nickname } = displayName(mentor);
  const facts = [
    [w('level'), mentor.level],
    [w('region'), mentor.region],
  ].filter(([, value]) => value.trim() !== '');
  const contacts: string[] = [];
  if (mentor.phone) {
    const link = waLink(mentor.phone);
    const shown = escapeHtml(formatPhone(mentor.phone));
    contacts.push(`<dt>${escapeHtml(w('whatsapp'))}</dt><dd>${link ? `<a href="${escapeHtml(link)}">${shown}</a>` : shown}</dd>`);
  }
  if (mentor.email) contacts.push(`<dt>${escapeHtml(w('email'))}</dt><dd><a href="mailto:${escapeHtml(mentor.email)}">${escapeHtml(mentor.email)}</a></dd>`);
  // A skill is found by its section's heading, so a mentor is listed under the skill searched for only.
  const search = [mentor.name, mentor.nickname, mentor.region, mentor.level].join(' ');
  return `<article class="mentor ${mentor.status}" data-search="${escapeHtml(search)}">
<header><h3 dir="auto">${escapeHtml(name)}${nickname ? ` <span class="nick" dir="auto">(${escapeHtml(nickname)})</span>` : ''}</h3>
<span class="status">${escapeHtml(w(mentor.status))}</span></header>
<p class="seats">${escapeHtml(seatsText(mentor, w))} · ${escapeHtml(w(`kind.${mentor.kind}`))}</p>
<dl>${facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd dir="auto">${escapeHtml(value)}</dd>`).join('')}${contacts.join('')}</dl>
${mentor.offers.length > 1 ? `<p class="offers"><b>${escapeHtml(w('offers'))}:</b> ${mentor.offers.map((s) => (s === skill ? `<mark>${escapeHtml(s)}</mark>` : escapeHtml(s))).join(', ')}</p>` : ''}
${mentor.about ? `<blockquote dir="auto"><b>${escapeHtml(w('about'))}:</b> ${escapeHtml(mentor.about)}</blockquote>` : ''}
</article>`;
}

function sectionId(index: number): string {
  return `skill-${index + 1}`;
}

export function directoryBodyHtml(doc: DirectoryDocument, options: { search: boolean }): string {
  const w = docWords(doc.language);
  const { sections, mentorCount } = doc.directory;
  const title = [doc.program, doc.cohort].map((s) => s.trim()).filter(Boolean).join(' — ');
  const summary = `${w('mentors', { count: mentorCount })} · ${w('skills', { count: sections.length })}`;
  const contents = sections.length > 1
    ? `<nav class="contents" aria-label="${escapeHtml(w('contents'))}">${sections.map((s, i) => `<a href="#${sectionId(i)}">${escapeHtml(s.skill)} <small>${s.mentors.length}</small></a>`).join('')}</nav>`
    : '';
  const search = options.search && sections.length > 0
    ? `<label class="search"><span>${escapeHtml(w('searchLabel'))}</span><input type="search" id="q" placeholder="${escapeHtml(w('search'))}" autocomplete="off"></label>
<p id="nomatch" hidden>${escapeHtml(w('noMatch'))}</p>`
    : '';
  const body = sections.length === 0
    ? `<p class="empty">${escapeHtml(w('noMentors'))}</p>`
    : sections.map((s, i) => `<section class="skill" id="${sectionId(i)}"><h2>${escapeHtml(s.skill)} <small>${escapeHtml(w('mentors', { count: s.mentors.length }))}</small></h2>
${s.mentors.map((m) => mentorHtml(m, s.skill, w)).join('\n')}
</section>`).join('\n');
  return `<header class="top"><p class="program" dir="auto">${escapeHtml(title)}</p><h1>${escapeHtml(w('title'))}</h1>
<p class="meta">${escapeHtml(w('asOf', { date: formatAsOf(doc.directory.asOf, doc.language) }))} · ${escapeHtml(summary)}</p>
<p class="intro">${escapeHtml(w('intro'))}</p></header>
${search}
${contents}
<main>${body}</main>`;
}

/** The shareable directory: one HTML file with its search. */
export function directoryHtml(doc: DirectoryDocument): string {
  const css = directoryCss('screen');
  const script = directorySearchScript;
  const csp = `default-src 'none'; style-src 'sha256-${sha256(css)}'; script-src 'sha256-${sha256(script)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const w = docWords(doc.language);
  return `<!doctype html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml([w('title'), doc.cohort.trim()].filter(Boolean).join(' — '))}</title>
<style>${css}</style>
</head>
<body>
${directoryBodyHtml(doc, { search: true })}
<script>${script}</script>
</body>
</html>
`;
}

/** The printable catalogue (A4): the same content without the search, one section per skill. */
export function directoryPrintHtml(doc: DirectoryDocument): string {
  const w = docWords(doc.language);
  return `<!doctype html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(w('title'))}</title>
<style>${directoryCss('print')}</style>
</head>
<body class="print">
${directoryBodyHtml(doc, { search: false })}
</body>
</html>
`;
}
