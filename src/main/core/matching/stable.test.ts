import { describe, expect, it } from 'vitest';
import { matchStable } from './stable';
import { formCohort } from '../../../../tests/support/matching/formCohort';
import { seededRandom, smallCohort, type SmallCohortOptions } from '../../../../tests/support/matching/randomCohort';
import { referenceModel, ruleViolations } from '../../../../tests/support/matching/reference';
import { defaultWeights, type MatchInput, type MatchParticipant } from './types';

/** A marriage market: everyone both sides, stated and mentor preferences shuffled, so that mentees'
 *  and mentors' wishes conflict and a cohort often has several stable matchings. */
function conflictCohort(seed: number, size: number): MatchInput {
  const random = seededRandom(seed);
  const ids = Array.from({ length: size }, (_, i) => `c${i}`);
  const shuffled = (): string[] => ids.map((id) => ({ id, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.id);
  const participants: MatchParticipant[] = ids.map((id) => ({
    id,
    region: 'R',
    level: 'L',
    kind: 'group',
    capacity: 1,
    closed: false,
    offers: ['S'],
    seeks: ['S'],
    preferences: shuffled().filter((other) => other !== id),
    mentorPreferences: shuffled().filter((other) => other !== id),
  }));
  return { participants, fixed: [], declined: [], rejected: [], settings: { groupSizeLimit: 2, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: true, weights: { ...defaultWeights, mentorPreference: 40 } } };
}

/** The program's proposal rules, restated independently: one contract per (mentor, mentee), for the
 *  shared skill the mentee has fewest candidate mentors for (then first listed); lists and rankings as
 *  documented in stable.ts. */
function contracts(input: MatchInput) {
  const model = referenceModel(input);
  const byId = new Map(input.participants.map((p) => [p.id, p]));
  const offerers = new Map<string, number>();
  for (const t of model.triples) offerers.set(`${t.mentee}|${t.skill}`, (offerers.get(`${t.mentee}|${t.skill}`) ?? 0) + 1);
  const contractOf = new Map<string, { mentor: string; mentee: string; skill: string; score: number }>();
  for (const t of model.triples) {
    const key = `${t.mentor}>${t.mentee}`;
    const seeks = byId.get(t.mentee)?.seeks ?? [];
    const current = contractOf.get(key);
    const rarity = (skill: string): number => offerers.get(`${t.mentee}|${skill}`) ?? 0;
    if (!current || rarity(t.skill) < rarity(current.skill) || (rarity(t.skill) === rarity(current.skill) && seeks.indexOf(t.skill) < seeks.indexOf(current.skill))) contractOf.set(key, t);
  }
  const listOf = new Map<string, string[]>();
  for (const c of contractOf.values()) listOf.set(c.mentee, [...(listOf.get(c.mentee) ?? []), c.mentor]);
  const score = (mentor: string, mentee: string): number => contractOf.get(`${mentor}>${mentee}`)?.score ?? -Infinity;
  for (const [mentee, mentors] of listOf) {
    const stated = byId.get(mentee)?.preferences ?? [];
    const rank = (m: string): number => (stated.includes(m) ? stated.indexOf(m) : Infinity);
    mentors.sort((a, b) => rank(a) - rank(b) || score(b, mentee) - score(a, mentee) || (a < b ? -1 : 1));
  }
  const mentorPrefers = (mentor: string, a: string, b: string): boolean => score(mentor, a) > score(mentor, b) || (score(mentor, a) === score(mentor, b) && a < b);
  return { model, contractOf, listOf, mentorPrefers };
}

/** Blocking contracts of a matching (mentee → mentors), with the mentee choice "walk the list, one per skill". */
type Contracts = ReturnType<typeof contracts>;

function blockingPairs(ctx: Contracts, matching: Map<string, string[]>): string[] {
  const { model, contractOf, listOf, mentorPrefers } = ctx;
  const menteesOf = new Map<string, string[]>();
  for (const [mentee, mentors] of matching) for (const m of mentors) menteesOf.set(m, [...(menteesOf.get(m) ?? []), mentee]);
  const blocking: string[] = [];
  for (const [mentee, list] of listOf) {
    const held = matching.get(mentee) ?? [];
    for (const mentor of list) {
      if (held.includes(mentor)) continue;
      const offered = new Set([...held, mentor]);
      const usedSkills = new Set<string>();
      let chosen = false;
      let taken = 0;
      for (const m of list) {
        if (!offered.has(m) || taken >= (model.menteeRoom.get(mentee) ?? 0)) continue;
        const skill = contractOf.get(`${m}>${mentee}`)?.skill ?? '';
        if (usedSkills.has(skill)) continue;
        usedSkills.add(skill);
        taken++;
        if (m === mentor) chosen = true;
      }
      if (!chosen) continue;
      const others = menteesOf.get(mentor) ?? [];
      const room = others.length < (model.freeSeats.get(mentor) ?? 0);
      if (room || others.some((o) => mentorPrefers(mentor, mentee, o))) blocking.push(`${mentor}>${mentee}`);
    }
  }
  return blocking;
}

function asMatching(pairs: Array<{ mentorId: string; menteeId: string }>): Map<string, string[]> {
  const matching = new Map<string, string[]>();
  for (const p of pairs) matching.set(p.menteeId, [...(matching.get(p.menteeId) ?? []), p.mentorId]);
  return matching;
}

/** All stable one-mentor matchings of a tiny cohort, by enumeration. */
function allStableMatchings(ctx: Contracts): Array<Map<string, string[]>> {
  const { model, listOf } = ctx;
  const mentees = [...listOf.keys()];
  const load = new Map<string, number>();
  const current = new Map<string, string[]>();
  const stable: Array<Map<string, string[]>> = [];
  const visit = (i: number): void => {
    if (i === mentees.length) {
      if (blockingPairs(ctx, current).length === 0) stable.push(new Map(current));
      return;
    }
    visit(i + 1);
    for (const mentor of listOf.get(mentees[i]) ?? []) {
      const taken = load.get(mentor) ?? 0;
      if (taken >= (model.freeSeats.get(mentor) ?? 0)) continue;
      load.set(mentor, taken + 1);
      current.set(mentees[i], [mentor]);
      visit(i + 1);
      current.delete(mentees[i]);
      load.set(mentor, taken);
    }
  };
  visit(0);
  return stable;
}

const tiny: SmallCohortOptions = { size: 6, skills: 3, levels: 2, regions: 2, maxCapacity: 2, spice: 0.5, maxMentorsPerMentee: 1 };

describe('matchStable', () => {
  it.each(['pairs', 'classes'] as const)('is the mentee-optimal stable matching on 240 tiny cohorts (brute force, %s)', (network) => {
    let nonTrivial = 0;
    for (let seed = 1; seed <= 240; seed++) {
      const raw = seed % 3 === 0 ? conflictCohort(seed, 5) : seed % 3 === 1 ? smallCohort(seed, { ...tiny, size: 3 + (seed % 4) })
        : formCohort(seed, { size: 3 + (seed % 4), skills: 2, regions: 2, levels: 2, tightness: seed % 2 ? 'tight' : 'balanced', spice: 0.5 });
      const input: MatchInput = { ...raw, settings: { ...raw.settings, allowMutual: true } };
      const result = matchStable(input, { network });
      expect(ruleViolations(input, result.pairs)).toEqual([]);
      const ours = asMatching(result.pairs);
      const ctx = contracts(input);
      const all = allStableMatchings(ctx);
      if (all.length > 1) nonTrivial++;
      const { listOf } = ctx;
      const rank = (m: Map<string, string[]>, mentee: string): number => {
        const mentor = m.get(mentee)?.[0];
        return mentor === undefined ? Infinity : (listOf.get(mentee) ?? []).indexOf(mentor);
      };
      expect(blockingPairs(ctx, ours), `seed ${seed}`).toEqual([]);
      for (const other of all) for (const mentee of listOf.keys()) expect(rank(ours, mentee), `seed ${seed} ${mentee}`).toBeLessThanOrEqual(rank(other, mentee));
    }
    expect(nonTrivial).toBeGreaterThanOrEqual(4);
  });

  it('over classes makes exactly the pair lists\' matching on 90 form-shaped cohorts (pins, declines, closed, no-mutual)', () => {
    for (let seed = 1; seed <= 90; seed++) {
      const input = formCohort(300 + seed, { size: 30 + seed * 4, skills: 3 + (seed % 8), regions: 2 + (seed % 5), levels: 2 + (seed % 3), tightness: (['loose', 'tight', 'balanced'] as const)[seed % 3], spice: seed % 2 ? 0.4 : 0 });
      if (seed % 4 === 0) input.settings = { ...input.settings, allowMutual: false };
      if (seed % 5 === 0) input.settings = { ...input.settings, peerSameLevel: false, weights: { ...input.settings.weights, region: 0, mentorPreference: 25 } };
      const classes = matchStable(input, { network: 'classes' });
      const pairs = matchStable(input, { network: 'pairs' });
      expect(classes.pairs, `seed ${300 + seed}`).toEqual(pairs.pairs);
      expect(classes.unmatched).toEqual(pairs.unmatched);
    }
  });

  it('leaves no blocking pair on 80 random cohorts (limits, fixed pairs, declines included)', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const raw = smallCohort(700 + seed, { size: 20 + seed, skills: 5, levels: 3, regions: 3, maxCapacity: 4, spice: 0.6, maxMentorsPerMentee: 3 });
      const input: MatchInput = { ...raw, settings: { ...raw.settings, allowMutual: true } };
      const result = matchStable(input);
      expect(ruleViolations(input, result.pairs)).toEqual([]);
      expect(blockingPairs(contracts(input), asMatching(result.pairs)), `seed ${700 + seed}`).toEqual([]);
      expect(result.total).toBe(result.pairs.reduce((sum, p) => sum + p.score, 0));
    }
  });

  it('never pairs both ways under no-mutual', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const raw = smallCohort(900 + seed, { size: 12 + seed, skills: 3, levels: 1, regions: 2, maxCapacity: 3, spice: 0.5, maxMentorsPerMentee: 2 });
      const input: MatchInput = { ...raw, settings: { ...raw.settings, allowMutual: false } };
      expect(ruleViolations(input, matchStable(input).pairs)).toEqual([]);
    }
  });
});
