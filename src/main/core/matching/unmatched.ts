import { bucketize, buildCandidates, type Candidates } from './candidates';
import type { Prepared } from './prepare';
import { addChosen, chosenPairs, type ChosenPairs } from './result';
import type { MatchInput, SuggestedPair, Unmatched, UnmatchedCode } from './types';

/**
 * Why a mentee ended with fewer mentors than min(mentorsPerMentee, distinct sought skills): one entry per
 * sought skill still uncovered, with the first reason that applies, in this order:
 *   seeks_nothing (skill null; only when the mentee has no mentor at all), nobody_offers, other_level_only
 *   (only peer mentors of another level offer it), all_declined (every remaining offerer declined or
 *   rejected them, or is already their mentor), all_full (every one left is closed or full), outscored
 *   (there was room; the result gave it to others). For outscored, detail is
 *   "<best open mentor id>:<ids of the mentees who hold that mentor's new seats, comma-separated>".
 * Counting is done per skill (and level) once, so this stays linear in the cohort size.
 */
export function explainUnmatched(input: MatchInput, pairs: SuggestedPair[], candidates?: Candidates): Unmatched[] {
  const c = candidates ?? buildCandidates(input);
  const p = c.prepared;
  const chosen = chosenPairs(pairs.length);
  for (const pair of pairs) {
    const mentor = p.indexOf.get(pair.mentorId);
    const mentee = p.indexOf.get(pair.menteeId);
    const skill = p.skillIndex.get(pair.skill);
    if (mentor !== undefined && mentee !== undefined && skill !== undefined) addChosen(chosen, mentor, mentee, skill);
  }
  return explainChosen(c.prepared, chosen, pairs, candidateBest(c));
}

/** The best candidate mentor of mentee e for her sought skill (engine index), or -1 when none. */
export type BestMentor = (e: number, skill: number, bit: number) => number;

/** BestMentor read from the pair network's candidates: by score, then id. */
export function candidateBest(c: Candidates): BestMentor {
  const p = c.prepared;
  return (e, _skill, bit) => {
    let best = -1;
    for (let k = c.menteeStart[e]; k < c.menteeStart[e + 1]; k++) {
      if (!(c.skillMask[k] & (1 << bit))) continue;
      if (best < 0 || c.score[k] > c.score[best] || (c.score[k] === c.score[best] && p.idRank[c.mentor[k]] < p.idRank[c.mentor[best]])) best = k;
    }
    return best < 0 ? -1 : c.mentor[best];
  };
}

/**
 * explainUnmatched for the engine's own result: `chosen` are its pairs as indices (any order), `pairs`
 * the same pairs as reported, whose order the 'outscored' detail lists mentees in.
 */
export function explainChosen(p: Prepared, chosen: ChosenPairs, pairs: SuggestedPair[], best: BestMentor): Unmatched[] {
  const input = p.input;
  const n = p.count;
  const skills = p.skillNames.length;
  const sameLevelRule = input.settings.peerSameLevel;
  const offerAll = new Int32Array(skills);
  const offerAny = new Int32Array(skills);
  const openAny = new Int32Array(skills);
  const offerAt = new Int32Array(skills * p.levelCount);
  const openAt = new Int32Array(skills * p.levelCount);
  for (let m = 0; m < n; m++) {
    const sameLevelOnly = p.isPeer[m] && sameLevelRule;
    for (let k = p.offerStart[m]; k < p.offerStart[m + 1]; k++) {
      const s = p.offerSkill[k];
      offerAll[s]++;
      const open = p.seats[m] > 0 ? 1 : 0;
      if (sameLevelOnly) {
        offerAt[s * p.levelCount + p.levelKey[m]]++;
        openAt[s * p.levelCount + p.levelKey[m]] += open;
      } else {
        offerAny[s]++;
        openAny[s] += open;
      }
    }
  }
  const offers = (m: number, s: number): boolean => {
    for (let k = p.offerStart[m]; k < p.offerStart[m + 1]; k++) if (p.offerSkill[k] === s) return true;
    return false;
  };
  const levelAllows = (m: number, e: number): boolean => !(p.isPeer[m] && sameLevelRule && p.levelKey[m] !== p.levelKey[e]);

  const mentorLimit = Math.max(0, Math.floor(input.settings.mentorsPerMentee));
  // Skills the new pairs cover, per mentee (CSR); those covered by fixed pairs are already out of seekSkill.
  const covered = bucketize(n, chosen.mentee, chosen.skill, chosen.count);
  const mentorsOf = (e: number): number => p.fixedAsMentee[e] + covered.start[e + 1] - covered.start[e];
  const isCovered = (e: number, s: number): boolean => {
    for (let k = covered.start[e]; k < covered.start[e + 1]; k++) if (covered.items[k] === s) return true;
    return false;
  };

  // "<mentor id>:<who holds its new seats>", the 'outscored' detail: many unmatched mentees name the same
  // few mentors, so each mentor's text is built once, on first use.
  let held: { start: Int32Array; items: Int32Array } | null = null;
  const detailText = new Map<number, string>();
  const outscoredDetail = (mentor: number): string => {
    const known = detailText.get(mentor);
    if (known !== undefined) return known;
    if (!held) {
      const mentorOf = new Int32Array(pairs.length);
      const pairIndex = new Int32Array(pairs.length);
      let count = 0;
      pairs.forEach((pair, i) => {
        const m = p.indexOf.get(pair.mentorId);
        if (m === undefined) return;
        mentorOf[count] = m;
        pairIndex[count++] = i;
      });
      held = bucketize(n, mentorOf, pairIndex, count);
    }
    let text = `${p.ids[mentor]}:`;
    for (let k = held.start[mentor]; k < held.start[mentor + 1]; k++) text += (k === held.start[mentor] ? '' : ',') + pairs[held.items[k]].menteeId;
    detailText.set(mentor, text);
    return text;
  };

  /** Reason for mentee e's sought skill s, the bit-th of its seekSkill list. */
  const reasonFor = (e: number, s: number, bit: number): { code: UnmatchedCode; detail?: string } => {
    const self = offers(e, s) ? 1 : 0;
    if (offerAll[s] - self === 0) return { code: 'nobody_offers' };
    const levelSlot = s * p.levelCount + p.levelKey[e];
    const valid = offerAny[s] + offerAt[levelSlot] - self;
    if (valid === 0) return { code: 'other_level_only' };
    let excludedValid = 0;
    let excludedOpen = 0;
    // Prepared.excludedMentor lists each mentor once per mentee.
    for (let k = p.excludedStart[e]; k < p.excludedStart[e + 1]; k++) {
      const m = p.excludedMentor[k];
      if (m === e || !offers(m, s) || !levelAllows(m, e)) continue;
      excludedValid++;
      if (p.seats[m] > 0) excludedOpen++;
    }
    if (valid - excludedValid === 0) return { code: 'all_declined' };
    const selfOpen = self && p.seats[e] > 0 ? 1 : 0;
    if (openAny[s] + openAt[levelSlot] - selfOpen - excludedOpen === 0) return { code: 'all_full' };
    const mentor = best(e, s, bit);
    return { code: 'outscored', detail: mentor < 0 ? undefined : outscoredDetail(mentor) };
  };

  const result: Unmatched[] = [];
  input.participants.forEach((person, i) => {
    const e = p.engineIndex[i];
    if (person.seeks.length === 0) {
      if (mentorsOf(e) === 0) result.push({ menteeId: p.ids[e], skill: null, code: 'seeks_nothing' });
      return;
    }
    // At the limit already, or as many mentors as distinct sought skills: nothing to explain.
    if (mentorsOf(e) >= Math.min(mentorLimit, p.soughtCount[e])) return;
    const first = p.seekStart[e];
    for (let k = first; k < p.seekStart[e + 1]; k++) {
      const s = p.seekSkill[k];
      if (isCovered(e, s)) continue;
      const { code, detail } = reasonFor(e, s, k - first);
      const skill = p.skillNames[s];
      result.push(detail === undefined ? { menteeId: p.ids[e], skill, code } : { menteeId: p.ids[e], skill, code, detail });
    }
  });
  return result;
}
