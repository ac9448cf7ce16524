import type { HandlersFor, importContract } from '../../shared/contract';
import type { Session } from '../session';
import { commitImportBackedUp, importHistory, importRunReport, previewImport, resolvePreference, type ImportOptions } from '../services/import';

export function importHandlers(session: Session, options: ImportOptions = {}): HandlersFor<typeof importContract> {
  return {
    importPreview: (request) => previewImport(session.db, request, options),
    importCommit: (request) => commitImportBackedUp(session, request, options),
    importHistory: () => importHistory(session.db),
    importRun: ({ id }) => importRunReport(session.db, id),
    preferenceResolve: (params) => resolvePreference(session.db, params),
  };
}
