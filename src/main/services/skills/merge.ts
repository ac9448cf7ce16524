import { skillAliases } from '../../core/skills';
import type { Db } from '../../store/connection';
import { StoreError } from '../../store/errors';
import { mutate } from '../../store/undoLog';
import { addAlias, insertSkill, reassignSkill, skillIdByName } from '../../store/skillsRepo';

/** "Peta Pikiran" into "Mind Mapping": one skill from now on, remembered for every later import. */
export function mergeSkills(db: Db, from: string, into: string) {
  if (from === into) throw new StoreError('invalid', 'skills.sameSkill');
  return mutate(db, { label: 'history.merge', params: { from, into } }, (db) => {
    const intoId = skillIdByName(db, into) ?? insertSkill(db, into);
    for (const key of skillAliases(into)) addAlias(db, intoId, key, into);
    const fromId = skillIdByName(db, from);
    if (fromId !== null) reassignSkill(db, fromId, intoId);
    for (const key of skillAliases(from)) addAlias(db, intoId, key, from, true);
  });
}
