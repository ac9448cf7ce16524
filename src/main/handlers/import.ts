import type { HandlersFor, importContract } from '../../shared/contract';
import { commitImport, previewImport } from '../registrations';
import type { Session } from '../session';
import { mergeSkills } from '../skills';
import { createBackup } from '../store/backups';
import { listSkills } from '../store/skillsRepo';

export function importHandlers(session: Session): HandlersFor<typeof importContract> {
  return {
    importPreview: (request) => previewImport(session.db, request),
    importCommit: (request) => commitImport(session.db, request, { beforeWrite: () => createBackup(session.db, session.path, 'import') }),
    skillsList: () => listSkills(session.db),
    skillMerge: ({ from, into }) => ({ changed: mergeSkills(session.db, from, into).changed }),
  };
}
