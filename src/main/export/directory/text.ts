import type { Language } from '../../../shared/i18n';
import type { Directory, DirectoryMentor, DirectorySection } from '../../core/directory';
import { formatPhone, waLink } from '../roster';
import { packLines, whatsAppMessageLimit, whatsAppSafe } from '../whatsapp';
import { displayName, docWords, formatAsOf, seatsText, type DocWords } from './words';

// The directory as WhatsApp messages, one skill per message, split into parts when one skill's list is
// longer than a message may be. Every part is complete on its own: title, skill and whole mentor lines.

export interface DirectoryMessage {
  skill: string;
  part: number;
  parts: number;
  text: string;
}

function mentorLine(mentor: DirectoryMentor, w: DocWords): string {
  const { name, nickname } = displayName(mentor);
  const who = `*${whatsAppSafe(name) || '—'}*${nickname ? ` (${whatsAppSafe(nickname)})` : ''}`;
  const where = [mentor.level, mentor.region].map(whatsAppSafe).filter(Boolean).join(', ');
  const contact = mentor.phone ? waLink(mentor.phone) ?? whatsAppSafe(formatPhone(mentor.phone)) : '';
  const parts = [`• ${who}`, where, `${seatsText(mentor, w)}`, w(`kind.${mentor.kind}`), contact, mentor.email ? whatsAppSafe(mentor.email) : ''];
  const line = parts.filter(Boolean).join(' — ');
  const about = whatsAppSafe(mentor.about);
  return about ? `${line}\n  _${about}_` : line;
}

function header(section: DirectorySection, directory: Directory, language: Language, w: DocWords, part: number, parts: number): string {
  const counted = parts > 1 ? ` (${w('messagePart', { part, parts })})` : '';
  return [`*${w('title')} — ${whatsAppSafe(section.skill)}*${counted}`, w('asOf', { date: formatAsOf(directory.asOf, language) })].join('\n');
}

export function directoryWhatsApp(directory: Directory, language: Language, limit = whatsAppMessageLimit): DirectoryMessage[] {
  const w = docWords(language);
  return directory.sections.flatMap((section) => {
    const lines = section.mentors.map((m) => mentorLine(m, w));
    // Room for the longest header this section can have ("part 99 of 99").
    const headerRoom = header(section, directory, language, w, 99, 99).length + 2;
    const packs = packLines(lines, headerRoom, limit);
    return packs.map((pack, i) => ({
      skill: section.skill,
      part: i + 1,
      parts: packs.length,
      text: `${header(section, directory, language, w, i + 1, packs.length)}\n\n${pack.join('\n')}`,
    }));
  });
}

/** All messages as one text file, separated by blank lines (for `kupu directory FILE.txt`). */
export function directoryWhatsAppFile(messages: readonly DirectoryMessage[]): string {
  return `${messages.map((m) => m.text).join('\n\n\n')}\n`;
}
