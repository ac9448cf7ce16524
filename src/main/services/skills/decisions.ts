import { sharedVocabulary, type SharedVocabulary, type SkillDecision } from '../../core/skills';
import type { Db, WriteDb } from '../../store/connection';
import { cohortUid, insertDecisionRow, listDecisionRows } from '../../store/skillsRepo';
import { newDecisionId, readShared, updateShared, type StoredDecision } from './sharedFile';

// Every vocabulary decision lives twice: in the cohort file (skill_decision, undone and redone with the
// change that made it) and in Kupu's folder (shared by all the coordinator's cohorts). After an undo or a
// redo the shared file is brought back in line with the cohort's own decisions.

function cohortDecisions(db: Db): StoredDecision[] {
  return listDecisionRows(db).map((row) => ({ ...(JSON.parse(row.body) as SkillDecision), id: row.id, madeAt: row.made_at }));
}

/** The cohort's decisions and the shared file's, each once, in the order they were made. */
export function decisionsFor(db: Db, home: string): StoredDecision[] {
  const byId = new Map<string, StoredDecision>();
  for (const decision of [...readShared(home), ...cohortDecisions(db)]) if (!byId.has(decision.id)) byId.set(decision.id, decision);
  return [...byId.values()].sort((a, b) => (a.madeAt < b.madeAt ? -1 : a.madeAt > b.madeAt ? 1 : 0));
}

export function sharedFor(db: Db, home: string): SharedVocabulary {
  return sharedVocabulary(decisionsFor(db, home));
}

/** Inside a change (mutate): keeps the decisions in the cohort file and in Kupu's folder. */
export function recordDecisions(db: WriteDb, home: string, decisions: ReadonlyArray<SkillDecision & { id?: string; madeAt?: string }>): void {
  if (decisions.length === 0) return;
  const uid = cohortUid(db);
  const now = new Date().toISOString();
  const stored = decisions.map((d): StoredDecision => ({ ...d, id: d.id ?? newDecisionId(), madeAt: d.madeAt ?? now, cohort: uid }));
  for (const { id, madeAt, cohort: _, ...body } of stored) insertDecisionRow(db, { id, kind: body.kind, body: JSON.stringify(body), made_at: madeAt });
  updateShared(home, (shared) => {
    const known = new Set(shared.map((d) => d.id));
    return [...shared, ...stored.filter((d) => !known.has(d.id))];
  });
}

/** After an undo or redo: the shared file holds exactly the decisions this cohort still has, of those it made. */
export function syncSharedDecisions(db: Db, home: string): void {
  const uid = cohortUid(db);
  const own = cohortDecisions(db);
  const ownIds = new Set(own.map((d) => d.id));
  const shared = readShared(home);
  const sharedIds = new Set(shared.map((d) => d.id));
  const kept = shared.filter((d) => d.cohort !== uid || ownIds.has(d.id));
  const back = own.filter((d) => !sharedIds.has(d.id)).map((d) => ({ ...d, cohort: uid }));
  if (kept.length !== shared.length || back.length > 0) updateShared(home, () => [...kept, ...back]);
}

export function stripCohort(decisions: readonly StoredDecision[]): StoredDecision[] {
  return decisions.map(({ cohort: _, ...decision }) => decision);
}
