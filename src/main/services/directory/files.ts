import { zipSync } from 'fflate';
import type { DirectoryFilter, DirectoryMentor } from '../../core/directory';
import type { Db } from '../../store/connection';
import { StoreError } from '../../store/errors';
import { directoryHtml, directoryPrintHtml } from '../../export/directory/html';
import { posterHtml, posterSize } from '../../export/directory/poster';
import { directoryWhatsApp, directoryWhatsAppFile } from '../../export/directory/text';
import type { RenderPdf } from '../rosters';
import { directoryView } from './directory';

// The directory's files: a self-contained HTML page, an A4 PDF catalogue, WhatsApp text, and a poster
// per mentor (PNG), each in the roster language.

export type DirectoryFormat = 'html' | 'pdf' | 'txt';

/** Renders pages of one size to PNG: Chromium by default, the desktop shell's own renderer in the app. */
export type RenderImages = (pages: readonly string[], size: { width: number; height: number }) => Promise<Uint8Array[]>;

export interface DirectoryFile {
  fileName: string;
  bytes: Uint8Array;
  mentors: number;
  skills: number;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** A file-name-safe form of a name ("Siti Nur'aini" -> "Siti-Nur-aini"). */
export function fileSafe(name: string, fallback: string): string {
  return name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || fallback;
}

export async function directoryFile(db: Db, format: DirectoryFormat, filter: DirectoryFilter, renderPdf: RenderPdf): Promise<DirectoryFile> {
  const { document } = directoryView(db, filter);
  const base = `${fileSafe(document.cohort, 'kupu')}-${document.language === 'id' ? 'direktori-mentor' : 'mentor-directory'}`;
  const counts = { mentors: document.directory.mentorCount, skills: document.directory.sections.length };
  if (format === 'html') return { fileName: `${base}.html`, bytes: encode(directoryHtml(document)), ...counts };
  if (format === 'txt') return { fileName: `${base}.txt`, bytes: encode(directoryWhatsAppFile(directoryWhatsApp(document.directory, document.language))), ...counts };
  return { fileName: `${base}.pdf`, bytes: await renderPdf(directoryPrintHtml(document), 'A4'), ...counts };
}

export function directoryMessages(db: Db, filter: DirectoryFilter) {
  const { document } = directoryView(db, filter);
  return directoryWhatsApp(document.directory, document.language);
}

export interface Poster {
  mentorId: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Posters of the directory's mentors (each once, whatever she offers), or of the given mentors only. File
 * names are given over the whole directory, so a batch's names are those the whole set would have.
 */
export async function posters(db: Db, renderImages: RenderImages, options: { mentorIds?: readonly string[]; filter?: DirectoryFilter } = {}): Promise<Poster[]> {
  const { document } = directoryView(db, options.filter ?? {});
  const wanted = options.mentorIds ? new Set(options.mentorIds) : null;
  const seen = new Set<string>();
  const used = new Set<string>();
  const listed: Array<{ mentor: DirectoryMentor; fileName: string }> = [];
  for (const mentor of document.directory.sections.flatMap((s) => s.mentors)) {
    if (seen.has(mentor.id)) continue;
    seen.add(mentor.id);
    let fileName = `${fileSafe(mentor.name, 'mentor')}.png`;
    for (let n = 2; used.has(fileName); n++) fileName = `${fileSafe(mentor.name, 'mentor')}-${n}.png`;
    used.add(fileName);
    if (!wanted || wanted.has(mentor.id)) listed.push({ mentor, fileName });
  }
  const pages = listed.map(({ mentor }) => posterHtml({ mentor, program: document.program, cohort: document.cohort, language: document.language }));
  const images = pages.length > 0 ? await renderImages(pages, posterSize) : [];
  return listed.map(({ mentor, fileName }, i) => ({ mentorId: mentor.id, fileName, bytes: images[i] }));
}

/** One mentor's poster as a file, or every listed mentor's in one zip (PNGs are stored, not recompressed). */
export async function posterFile(db: Db, renderImages: RenderImages, request: { mentorId?: string; mentorIds?: readonly string[]; filter?: DirectoryFilter }) {
  if (request.mentorId) {
    const [poster] = await posters(db, renderImages, { mentorIds: [request.mentorId] });
    if (!poster) throw new StoreError('not_found', 'directory.notMentor');
    return { fileName: poster.fileName, bytes: poster.bytes, posters: 1 };
  }
  const all = await posters(db, renderImages, { filter: request.filter, mentorIds: request.mentorIds });
  const bytes = zipSync(Object.fromEntries(all.map((p) => [p.fileName, [p.bytes, { level: 0 }]])));
  return { fileName: 'posters.zip', bytes, posters: all.length };
}
