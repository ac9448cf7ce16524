import type { HandlersFor, importContract } from '../../shared/contract';
import { resolvePreference } from '../preferences';
import { commitImport, previewImport } from '../registrations';
import { restoreExportedPairings } from '../roundTrip';
import type { Session } from '../session';
import { mergeSkills } from '../skills';
import { createBackup } from '../store/backups';
import { listSkills } from '../store/skillsRepo';

export function importHandlers(session: Session, options: { parseInThread?: boolean } = {}): HandlersFor<typeof importContract> {
  return {
    importPreview: (request) => previewImport(session.db, request, options),
    importCommit: async (request) => {
      const report = await commitImport(session.db, request, { ...options, beforeWrite: () => createBackup(session.db, session.path, 'import') });
      if (!report.committed) return report;
      // A Kupu export carries who mentors whom: recreate those pairings (the export/import round trip).
      const restored = restoreExportedPairings(session.db);
      return restored.created > 0 ? { ...report, changed: [...new Set([...report.changed, ...restored.changed])] } : report;
    },
    skillsList: () => listSkills(session.db),
    skillMerge: ({ from, into }) => ({ changed: mergeSkills(session.db, from, into).changed }),
    preferenceResolve: (params) => resolvePreference(session.db, params),
  };
}
