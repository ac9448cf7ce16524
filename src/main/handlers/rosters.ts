import type { HandlersFor, rostersContract } from '../../shared/contract';
import type { Session } from '../session';
import { exportFile, rosterHtml, rosterPdf, rosterWhatsApp, type RenderPdf } from '../services/rosters';

export type { RenderPdf };

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function rostersHandlers(session: Session, renderPdf: RenderPdf): HandlersFor<typeof rostersContract> {
  return {
    rosterHtml: (request) => rosterHtml(session.db, request),
    rosterPdf: async (request) => ({ fileName: 'rosters.pdf', data: base64(await rosterPdf(session.db, request, renderPdf)) }),
    rosterWhatsApp: (request) => rosterWhatsApp(session.db, request),
    exportCreate: ({ format }) => {
      const file = exportFile(session.db, format);
      return { fileName: file.fileName, data: base64(file.bytes) };
    },
  };
}
