import { bucketize, buildCandidates, type Candidates } from './candidates';
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
  const newMentors = new Int32Array(n);
  const pairMentee = new Int32Array(pairs.length);
  pairs.forEach((pair, i) => {
    const e = p.indexOf.get(pair.menteeId) ?? -1;
    pairMentee[i] = e;
    if (e >= 0) newMentors[e]++;
  });
  // Only mentees short of their mentor limit can be explained; coverage is gathered for them alone.
  const short = (e: number): boolean => p.fixedAsMentee[e] + newMentors[e] < mentorLimit;
  const coveredBy = new Map<number, Set<string>>();
  const cover = (e: number, skill: string | null): void => {
    if (skill === null || !short(e)) return;
    let set = coveredBy.get(e);
    if (!set) coveredBy.set(e, (set = new Set()));
    set.add(skill);
  };
  pairs.forEach((pair, i) => {
    if (pairMentee[i] >= 0) cover(pairMentee[i], pair.skill);
  });
  for (const pair of input.fixed) {
    const e = p.indexOf.get(pair.menteeId);
    if (e !== undefined) cover(e, pair.skill);
  }
  // Who holds each mentor's new seats (pair indices by mentor, CSR): only an 'outscored' detail needs
  // it, so it is built on first use.
  let held: { start: Int32Array; items: Int32Array } | null = null;
  const heldOf = (mentor: number): string[] => {
    if (!held) {
      const mentorOf: number[] = [];
      const pairIndex: number[] = [];
      pairs.forEach((pair, i) => {
        const m = p.indexOf.get(pair.mentorId);
        if (m === undefined) return;
        mentorOf.push(m);
        pairIndex.push(i);
      });
      held = bucketize(n, Int32Array.from(mentorOf), Int32Array.from(pairIndex), mentorOf.length);
    }
    return Array.from(held.items.subarray(held.start[mentor], held.start[mentor + 1]), (i) => pairs[i].menteeId);
  };

  const reasonFor = (e: number, s: number): { code: UnmatchedCode; detail?: string } => {
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
    return { code: 'outscored', detail: bestTaken(e, s) };
  };

  const bestTaken = (e: number, s: number): string | undefined => {
    let bit = -1;
    for (let k = p.seekStart[e]; k < p.seekStart[e + 1]; k++) if (p.seekSkill[k] === s) bit = k - p.seekStart[e];
    if (bit < 0) return undefined;
    let best = -1;
    for (let k = c.menteeStart[e]; k < c.menteeStart[e + 1]; k++) {
      if (!(c.skillMask[k] & (1 << bit))) continue;
      if (best < 0 || c.score[k] > c.score[best] || (c.score[k] === c.score[best] && p.idRank[c.mentor[k]] < p.idRank[c.mentor[best]])) best = k;
    }
    if (best < 0) return undefined;
    return `${p.ids[c.mentor[best]]}:${heldOf(c.mentor[best]).join(',')}`;
  };

  const result: Unmatched[] = [];
  input.participants.forEach((person, i) => {
    const e = p.engineIndex[i];
    if (person.seeks.length === 0) {
      if (p.fixedAsMentee[e] + newMentors[e] === 0) result.push({ menteeId: p.ids[e], skill: null, code: 'seeks_nothing' });
      return;
    }
    // At the limit already (min(limit, sought) <= limit): nothing to explain, and no Set to build.
    if (!short(e)) return;
    const sought = [...new Set(person.seeks)];
    if (p.fixedAsMentee[e] + newMentors[e] >= Math.min(mentorLimit, sought.length)) return;
    const covered = coveredBy.get(e);
    for (const skill of sought) {
      if (covered?.has(skill)) continue;
      const { code, detail } = reasonFor(e, p.skillIndex.get(skill) ?? -1);
      result.push(detail === undefined ? { menteeId: p.ids[e], skill, code } : { menteeId: p.ids[e], skill, code, detail });
    }
  });
  return result;
}
