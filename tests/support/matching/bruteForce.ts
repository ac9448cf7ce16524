import { seatCost } from '../../../src/main/core/matching/score';
import type { MatchInput } from '../../../src/main/core/matching/types';
import { referenceModel, type ReferenceTriple } from './reference';

/** Best total over every feasible set of pairs (tiny cohorts only: exponential). */
export function bruteForceOptimum(input: MatchInput): number {
  const model = referenceModel(input);
  const byMentee = new Map<string, ReferenceTriple[]>();
  for (const t of model.triples) byMentee.set(t.mentee, [...(byMentee.get(t.mentee) ?? []), t]);
  const mentees = [...byMentee.keys()];
  const load = new Map<string, number>();
  const chosen = new Set<string>();
  const forbidMutual = !input.settings.allowMutual;
  let best = 0;

  const visitMentee = (i: number, value: number): void => {
    if (i === mentees.length) {
      best = Math.max(best, value);
      return;
    }
    const options = byMentee.get(mentees[i]) ?? [];
    const room = model.menteeRoom.get(mentees[i]) ?? 0;
    const usedMentors = new Set<string>();
    const usedSkills = new Set<string>();
    const pick = (from: number, picked: number, current: number): void => {
      visitMentee(i + 1, current);
      if (picked >= room) return;
      for (let j = from; j < options.length; j++) {
        const t = options[j];
        const taken = load.get(t.mentor) ?? 0;
        if (usedMentors.has(t.mentor) || usedSkills.has(t.skill) || taken >= (model.freeSeats.get(t.mentor) ?? 0)) continue;
        if (forbidMutual && chosen.has(`${t.mentee}>${t.mentor}`)) continue;
        usedMentors.add(t.mentor);
        usedSkills.add(t.skill);
        load.set(t.mentor, taken + 1);
        chosen.add(`${t.mentor}>${t.mentee}`);
        pick(j + 1, picked + 1, current + t.score - seatCost((model.firstSeat.get(t.mentor) ?? 1) + taken, model.spread));
        chosen.delete(`${t.mentor}>${t.mentee}`);
        load.set(t.mentor, taken);
        usedSkills.delete(t.skill);
        usedMentors.delete(t.mentor);
      }
    };
    pick(0, 0, value);
  };
  visitMentee(0, 0);
  return best;
}
