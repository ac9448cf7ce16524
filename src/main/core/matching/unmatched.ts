import { buildCandidates, type Candidates } from './candidates';
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

  const newMentors = new Int32Array(n);
  const coveredBy = new Map<number, Set<string>>();
  const cover = (e: number, skill: string | null): void => {
    if (skill === null) return;
    let set = coveredBy.get(e);
    if (!set) coveredBy.set(e, (set = new Set()));
    set.add(skill);
  };
  const heldBy = new Map<string, string[]>();
  for (const pair of pairs) {
    const e = p.indexOf.get(pair.menteeId);
    if (e === undefined) continue;
    newMentors[e]++;
    cover(e, pair.skill);
    const held = heldBy.get(pair.mentorId);
    if (held) held.push(pair.menteeId);
    else heldBy.set(pair.mentorId, [pair.menteeId]);
  }
  for (const pair of input.fixed) {
    const e = p.indexOf.get(pair.menteeId);
    if (e !== undefined) cover(e, pair.skill);
  }

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
    const mentorId = p.ids[c.mentor[best]];
    return `${mentorId}:${(heldBy.get(mentorId) ?? []).join(',')}`;
  };

  const mentorLimit = Math.max(0, Math.floor(input.settings.mentorsPerMentee));
  const result: Unmatched[] = [];
  for (const person of input.participants) {
    const e = p.indexOf.get(person.id) ?? 0;
    const sought = [...new Set(person.seeks)];
    const mentors = p.fixedAsMentee[e] + newMentors[e];
    if (sought.length === 0) {
      if (mentors === 0) result.push({ menteeId: p.ids[e], skill: null, code: 'seeks_nothing' });
      continue;
    }
    if (mentors >= Math.min(mentorLimit, sought.length)) continue;
    const covered = coveredBy.get(e);
    for (const skill of sought) {
      if (covered?.has(skill)) continue;
      const { code, detail } = reasonFor(e, p.skillIndex.get(skill) ?? -1);
      result.push(detail === undefined ? { menteeId: p.ids[e], skill, code } : { menteeId: p.ids[e], skill, code, detail });
    }
  }
  return result;
}
