import { checkAssignment, pairKey, pairKindFor, pairSkill } from '../shared/rules';
import { ruleContext, sortKeyAt } from './board';
import type { Db } from './store/connection';
import { mutate } from './store/journal';
import { columnOrder, insertPairing } from './store/pairingsRepo';
import { skillIdByName } from './store/skillsRepo';

// Kupu's own export carries each participant's mentors in a "Mentor email" column, which the importer
// keeps as an extra field. After importing such a file, this recreates those pairings, so an export
// re-imports into a new cohort with the same pairings (the round trip).

const mentorColumn = /^mentor\s*e-?mail$/i;

export function restoreExportedPairings(db: Db): { created: number; changed: ReturnType<typeof mutate>['changed'] } {
  const context = ruleContext(db);
  const people = [...context.participants.values()];
  const byEmail = new Map(people.filter((p) => p.email).map((p) => [p.email.toLowerCase(), p]));
  const paired = new Set(context.pairings.map((p) => pairKey(p.mentorId, p.menteeId)));
  const wanted: Array<{ mentorId: string; menteeId: string }> = [];
  for (const mentee of people) {
    const column = Object.keys(mentee.extra).find((key) => mentorColumn.test(key.trim()));
    if (!column) continue;
    for (const email of mentee.extra[column].split(/[\s,;]+/).filter(Boolean)) {
      const mentor = byEmail.get(email.toLowerCase());
      if (mentor && mentor.id !== mentee.id && !paired.has(pairKey(mentor.id, mentee.id))) {
        paired.add(pairKey(mentor.id, mentee.id));
        wanted.push({ mentorId: mentor.id, menteeId: mentee.id });
      }
    }
  }
  if (wanted.length === 0) return { created: 0, changed: [] };
  const pairings = [...context.pairings];
  const { changed } = mutate(db, { label: 'history.restorePairings', params: { count: wanted.length } }, () => {
    for (const { mentorId, menteeId } of wanted) {
      const mentor = context.participants.get(mentorId);
      const mentee = context.participants.get(menteeId);
      if (!mentor || !mentee) continue;
      // The pairing existed in the exported cohort: keep it, flagging any rule it breaks here.
      const overrides = checkAssignment({ ...context, pairings }, { menteeId, mentorId }).filter((v) => v.overridable).map((v) => v.code);
      const skill = pairSkill(mentor, mentee);
      const keys = columnOrder(db, mentorId).map((c) => c.sortOrder);
      pairings.push(insertPairing(db, {
        mentorId, menteeId, skillId: skill ? skillIdByName(db, skill) : null, kind: pairKindFor(mentor),
        sortOrder: sortKeyAt(keys, keys.length), pinned: false, overrides, source: 'import',
      }));
    }
  });
  return { created: wanted.length, changed };
}
