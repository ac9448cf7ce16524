import type { HandlersFor, skillsContract } from '../../shared/contract';
import type { Session } from '../session';
import { listSkills, mergeSkills } from '../services/skills';

export function skillsHandlers(session: Session): HandlersFor<typeof skillsContract> {
  return {
    skillsList: () => listSkills(session.db),
    skillMerge: ({ from, into }) => ({ changed: mergeSkills(session.db, from, into).changed }),
  };
}
