import { followChanges, followedState } from '../../core/proposals';
import type { WriteDb } from '../../store/connection';
import { getSettings } from '../../store/cohortRepo';
import { createFollowWriter, proposalsToFollow, type FollowScope } from '../../store/proposalsRepo';

export type { FollowScope };

/**
 * Brings the proposals in scope in line with the board (core/proposals.ts says how): a mentee's other
 * proposals are withdrawn once she has her mentor, a closed or full mentor's are declined, and each
 * reopens when what settled it is undone. Every write that changes pairings, a mentor's seats or the
 * cohort's limits calls it inside its own `mutate`, so one undo takes back both. One indexed read per
 * proposal in scope and a write only for those that change: a bulk write passes the people it touched
 * (or 'all') and stays linear. Returns how many proposals changed.
 */
export function followPairings(db: WriteDb, scope: FollowScope): number {
  const settings = getSettings(db);
  const write = createFollowWriter(db);
  let changed = 0;
  for (const facts of proposalsToFollow(db, scope)) {
    const next = followedState(facts, settings);
    if (next && followChanges(facts, next)) {
      write(facts.id, next);
      changed++;
    }
  }
  return changed;
}
