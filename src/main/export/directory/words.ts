import { translate, type Language, type MessageParams } from '../../../shared/i18n';
import type { DirectoryMentor } from '../../core/directory';

// The directory writers' words, from the shared catalogs (`directory.doc`), in the roster language.

export type DocWords = (key: string, params?: MessageParams) => string;

export function docWords(language: Language): DocWords {
  return (key, params) => translate(language, `directory.doc.${key}`, params);
}

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "6 Desember 2026 15.30" / "6 December 2026 at 15:30", in the machine's time zone. */
export function formatAsOf(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function seatsText(mentor: DirectoryMentor, w: DocWords): string {
  if (mentor.status === 'closed') return w('closed');
  return mentor.openSeats > 0 ? w('seats', { count: mentor.openSeats }) : w('noSeats');
}

/** "Siti (Ciput)" or just "Siti" when the nickname adds nothing. */
export function displayName(mentor: Pick<DirectoryMentor, 'name' | 'nickname'>): { name: string; nickname: string } {
  const name = mentor.name.trim();
  const nick = mentor.nickname.trim();
  return { name, nickname: nick && nick.toLowerCase() !== name.toLowerCase() ? nick : '' };
}
