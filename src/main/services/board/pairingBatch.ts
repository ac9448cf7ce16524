import type { Pairing, Participant, RuleCode, Violation } from '../../../shared/domain';
import { checkAssignment, pairKindFor, type AssignmentIntent } from '../../../shared/rules';
import { ruleContext, sortKeyAt } from './pairings';
import type { WriteDb } from '../../store/connection';
import { createPairingWriter } from '../../store/pairingsRepo';
import { skillIdByName } from '../../store/skillsRepo';
import { followPairings } from '../proposals/follow';

// Many pairings made in one write (applying the matcher's suggestions, restoring an imported export's
// pairings). The rule context is read once and kept current in memory as pairings are made. Each check
// hands checkAssignment only the pairings around its two people, which is all the rules look at (the
// mentor's mentees, the mentee's mentors, the mentee's own mentees for the mutual rule): n pairings
// cost n small checks, not n scans of a cohort-sized list.

type Placed = Pick<Pairing, 'mentorId' | 'menteeId' | 'sortOrder'>;

export interface NewBatchPairing {
  mentorId: string;
  menteeId: string;
  skill: string | null;
  overrides: RuleCode[];
  source: Pairing['source'];
}

export interface PairingBatch {
  /** Everyone in the cohort (removed participants excluded), as the rules see them. */
  participants: ReadonlyMap<string, Participant>;
  /** What a new assignment would break now, counting the pairings this batch has made. */
  check(intent: AssignmentIntent): Violation[];
  /** Makes the pairing at the end of the mentor's column. Call inside `mutate`, after `check`. */
  add(pairing: NewBatchPairing): void;
  /** Ends the batch's journaled inserts and brings the proposals of everyone it paired in line. Call once, inside the write. */
  finish(): void;
}

function push(index: Map<string, Placed[]>, key: string, pairing: Placed): void {
  const list = index.get(key);
  if (list) list.push(pairing);
  else index.set(key, [pairing]);
}

/** Reads the cohort as it is now: create it inside the write, after anything else the write changes. */
export function createPairingBatch(db: WriteDb): PairingBatch {
  const context = ruleContext(db);
  const byMentor = new Map<string, Placed[]>();
  const byMentee = new Map<string, Placed[]>();
  const index = (pairing: Placed) => {
    push(byMentor, pairing.mentorId, pairing);
    push(byMentee, pairing.menteeId, pairing);
  };
  context.pairings.forEach(index);
  const writer = createPairingWriter(db);
  const mentees = new Set<string>();
  const mentors = new Set<string>();
  const skillIds = new Map<string, number | null>();
  const skillId = (name: string) => {
    if (!skillIds.has(name)) skillIds.set(name, skillIdByName(db, name));
    return skillIds.get(name) ?? null;
  };

  return {
    participants: context.participants,
    check(intent) {
      // A Set: the same pairing may sit in two of these lists, and the rules count pairings.
      const around = new Set([
        ...(byMentor.get(intent.mentorId) ?? []), ...(byMentee.get(intent.menteeId) ?? []), ...(byMentor.get(intent.menteeId) ?? []),
      ]);
      return checkAssignment({ ...context, pairings: [...around] }, intent);
    },
    add(pairing) {
      const mentor = context.participants.get(pairing.mentorId);
      if (!mentor) throw new Error(`Unknown mentor ${pairing.mentorId}`);
      // After the mentor's last mentee, as a drop at the end of the column places it. A column lists its
      // pairings in sort order: read that way from the store, and each add goes after the last.
      const column = byMentor.get(pairing.mentorId) ?? [];
      const sortOrder = sortKeyAt(column.map((p) => p.sortOrder), column.length);
      writer.insert({
        mentorId: pairing.mentorId, menteeId: pairing.menteeId, skillId: pairing.skill ? skillId(pairing.skill) : null,
        kind: pairKindFor(mentor), sortOrder, pinned: false, overrides: pairing.overrides, source: pairing.source,
      });
      index({ mentorId: pairing.mentorId, menteeId: pairing.menteeId, sortOrder });
      mentees.add(pairing.menteeId);
      mentors.add(pairing.mentorId);
    },
    finish() {
      // After the inserts are journaled: the undo log records the proposals' updates after them.
      writer.finish();
      if (mentees.size > 0) followPairings(db, { mentees, mentors });
    },
  };
}
