import type { HandlersFor, skillsContract } from '../../shared/contract';
import type { Session } from '../session';
import {
  exportVocabulary, importVocabulary, listSkills, markNotSame, mergeSkills, renameSkill, splitSkill, suggestSkillMerges,
} from '../services/skills';

export function skillsHandlers(session: Session, home: string): HandlersFor<typeof skillsContract> {
  return {
    skillsList: () => listSkills(session.db),
    skillMerge: ({ from, into }) => ({ changed: mergeSkills(session.db, home, from, into).changed }),
    skillRename: ({ from, to }) => ({ changed: renameSkill(session.db, home, from, to).changed }),
    skillSplit: ({ skill, spellings }) => {
      const { result, changed } = splitSkill(session.db, home, skill, spellings);
      return { name: result, changed };
    },
    skillsNotSame: ({ a, b }) => ({ changed: markNotSame(session.db, home, a, b).changed }),
    skillsSuggest: () => suggestSkillMerges(session.db, home),
    vocabularyExport: () => exportVocabulary(session.db, home),
    vocabularyImport: (file) => importVocabulary(session.db, home, file),
  };
}
