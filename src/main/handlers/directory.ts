import type { HandlersFor, directoryContract } from '../../shared/contract';
import type { Session } from '../session';
import type { RenderPdf } from '../services/rosters';
import { changeDirectorySettings, directoryFile, directoryMessages, directoryView, posterFile, type RenderImages } from '../services/directory';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function directoryHandlers(session: Session, renderPdf: RenderPdf, renderImages: RenderImages): HandlersFor<typeof directoryContract> {
  return {
    directoryShow: ({ filter }) => {
      const view = directoryView(session.db, filter);
      const { directory, language } = view.document;
      return { ...directory, language, settings: view.settings, aboutColumn: view.aboutColumn, extraColumns: view.extraColumns };
    },
    directoryExport: async ({ format, filter }) => {
      const file = await directoryFile(session.db, format, filter ?? {}, renderPdf);
      return { fileName: file.fileName, data: base64(file.bytes), mentors: file.mentors, skills: file.skills };
    },
    directoryWhatsApp: ({ filter }) => directoryMessages(session.db, filter ?? {}),
    directoryPosters: async (request) => {
      const file = await posterFile(session.db, renderImages, request);
      return { fileName: file.fileName, data: base64(file.bytes), posters: file.posters };
    },
    directorySettingsUpdate: ({ patch }) => changeDirectorySettings(session.db, patch),
  };
}
