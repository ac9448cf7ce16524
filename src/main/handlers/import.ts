import type { HandlersFor, importContract } from '../../shared/contract';
import { resolvePreference } from '../preferences';
import { commitImport, previewImport } from '../registrations';
import type { Session } from '../session';
import { mergeSkills } from '../skills';
import { createBackup } from '../store/backups';
import { listSkills } from '../store/skillsRepo';

export function importHandlers(session: Session, options: { parseInThread?: boolean } = {}): HandlersFor<typeof importContract> {
  return {
    importPreview: (request) => previewImport(session.db, request, options),
    // A Kupu export's pairings are restored inside the import's own write (see registrations.ts).
    importCommit: (request) => commitImport(session.db, request, { ...options, beforeWrite: () => createBackup(session.db, session.path, 'import') }),
    skillsList: () => listSkills(session.db),
    skillMerge: ({ from, into }) => ({ changed: mergeSkills(session.db, from, into).changed }),
    preferenceResolve: (params) => resolvePreference(session.db, params),
  };
}
