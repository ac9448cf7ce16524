import type { HandlersFor, outputContract } from '../../shared/contract';
import { exportFile, rosterHtml, rosterWhatsApp } from '../rosters';
import type { Session } from '../session';

export type RenderPdf = (html: string, paper: 'A4' | 'Letter') => Promise<Uint8Array>;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function outputHandlers(session: Session, renderPdf: RenderPdf): HandlersFor<typeof outputContract> {
  return {
    rosterHtml: (request) => rosterHtml(session.db, request),
    rosterPdf: async (request) => {
      const { html } = rosterHtml(session.db, request);
      return { fileName: 'rosters.pdf', data: base64(await renderPdf(html, request.paper ?? 'A4')) };
    },
    rosterWhatsApp: (request) => rosterWhatsApp(session.db, request),
    exportCreate: ({ format }) => {
      const file = exportFile(session.db, format);
      return { fileName: file.fileName, data: base64(file.bytes) };
    },
  };
}
