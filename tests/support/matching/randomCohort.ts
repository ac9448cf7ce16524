import { defaultWeights, type MatchInput, type MatchParticipant, type MatchSettings, type MentoringKind } from '../../../src/main/core/matching/types';

// Deterministic random cohorts for tests and the benchmark (no Math.random: a seed reproduces a failure).

export type Random = () => number;

/** mulberry32: tiny, fast, good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const intBetween = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 20; tries++) chosen.add(pick(random, items));
  return [...chosen];
}

export interface SmallCohortOptions {
  size: number;
  skills: number;
  levels: number;
  regions: number;
  maxCapacity: number;
  /** Chance of each extra option (fixed pairs, declines, mentor preferences, odd settings). */
  spice: number;
  /** mentorsPerMentee is 1, or (with chance spice) 2..this. */
  maxMentorsPerMentee: number;
}

/** Small cohorts with every feature switched on at random: the ground for exactness and rule tests. */
export function smallCohort(seed: number, options: SmallCohortOptions): MatchInput {
  const random = seededRandom(seed);
  const skills = Array.from({ length: options.skills }, (_, i) => `S${i}`);
  const ids = Array.from({ length: options.size }, (_, i) => `p${i}`);
  const kinds: MentoringKind[] = ['peer', 'group', 'both'];
  const participants: MatchParticipant[] = ids.map((id) => ({
    id,
    region: random() < 0.15 ? '' : `R${intBetween(random, 1, options.regions)}`,
    level: `L${intBetween(random, 1, options.levels)}`,
    kind: pick(random, kinds),
    capacity: intBetween(random, 0, options.maxCapacity),
    closed: random() < 0.1,
    offers: sample(random, skills, intBetween(random, 0, 3)),
    seeks: sample(random, skills, intBetween(random, 0, 2)),
    preferences: sample(random, ids, intBetween(random, 0, 3)).filter((other) => other !== id),
    ...(random() < options.spice ? { mentorPreferences: sample(random, ids, intBetween(random, 1, 3)) } : {}),
  }));
  const pairs = (count: number): Array<{ mentorId: string; menteeId: string }> =>
    Array.from({ length: count }, () => ({ mentorId: pick(random, ids), menteeId: pick(random, ids) })).filter((x) => x.mentorId !== x.menteeId);
  const spiced = (count: number): number => (random() < options.spice ? count : 0);
  const fixed = pairs(spiced(intBetween(random, 1, 2))).map((pair) => {
    const mentee = participants[ids.indexOf(pair.menteeId)];
    return { ...pair, skill: mentee.seeks.length > 0 && random() < 0.8 ? pick(random, mentee.seeks) : null };
  });
  const settings: MatchSettings = {
    groupSizeLimit: intBetween(random, 1, 4),
    mentorsPerMentee: options.maxMentorsPerMentee > 1 && random() < options.spice ? intBetween(random, 2, options.maxMentorsPerMentee) : 1,
    peerSameLevel: random() < 0.7,
    allowMutual: random() >= options.spice / 2,
    weights:
      random() < options.spice
        ? { skill: intBetween(random, 1, 50), preference: intBetween(random, 0, 40), region: intBetween(random, 0, 20), level: intBetween(random, 0, 20), mentorPreference: intBetween(random, 0, 20), spread: intBetween(random, 0, 30) }
        : defaultWeights,
  };
  return { participants, fixed, declined: pairs(spiced(intBetween(random, 1, 3))), rejected: pairs(spiced(intBetween(random, 1, 2))), settings };
}

export type Tightness = 'loose' | 'balanced' | 'tight';

const shapes: Record<Tightness, { skew: number; peerOpen: number; groupCapacity: [number, number] }> = {
  loose: { skew: 0.3, peerOpen: 0.95, groupCapacity: [3, 5] },
  balanced: { skew: 0.8, peerOpen: 0.9, groupCapacity: [3, 5] },
  tight: { skew: 0.8, peerOpen: 0.35, groupCapacity: [1, 3] },
};

/**
 * Benchmark-shaped cohorts: ~40 skills, levels are classes of 250, most mentors are peers (same level
 * only) and ~300 are group mentors for any level, which gives ~30-40 candidates per mentee.
 * Loose: seats for nearly everyone, demand spread over the skills. Tight: a third of the seats, demand
 * skewed towards a few popular skills, many mentees competing. Balanced (the hard middle for
 * shortest-path solvers): about as many seats as mentees, but popular skills scarce.
 */
export function benchCohort(seed: number, size: number, tightness: Tightness): MatchInput {
  const shape = shapes[tightness];
  const random = seededRandom(seed);
  const skillCount = 40;
  const skills = Array.from({ length: skillCount }, (_, i) => `skill-${i}`);
  // Zipf-like demand: popular skills are sought far more than they are offered.
  const demandWeights = skills.map((_, i) => 1 / (i + 1) ** shape.skew);
  const demandTotal = demandWeights.reduce((a, b) => a + b, 0);
  const soughtSkill = (): string => {
    let r = random() * demandTotal;
    for (let i = 0; i < skillCount; i++) if ((r -= demandWeights[i]) <= 0) return skills[i];
    return skills[skillCount - 1];
  };
  const classSize = 250;
  const levels = Math.max(1, Math.round(size / classSize));
  const groupShare = Math.min(0.5, 300 / size);
  const participants: MatchParticipant[] = [];
  for (let i = 0; i < size; i++) {
    const isGroup = random() < groupShare;
    const kind: MentoringKind = isGroup ? (random() < 0.5 ? 'group' : 'both') : 'peer';
    const capacity = isGroup ? intBetween(random, ...shape.groupCapacity) : random() < shape.peerOpen ? 1 : 0;
    const seeks = new Set<string>();
    const seekCount = random() < 0.6 ? 1 : 2;
    while (seeks.size < seekCount) seeks.add(soughtSkill());
    participants.push({
      id: `m${i}`,
      region: `region-${intBetween(random, 1, 12)}`,
      level: `class-${intBetween(random, 1, levels)}`,
      kind,
      capacity,
      closed: random() < 0.03,
      offers: sample(random, skills, intBetween(random, 2, 3)),
      seeks: [...seeks],
      preferences: [],
      ...(random() < 0.05 ? { mentorPreferences: [] } : {}),
    });
  }
  // Preferences name people who offer what the mentee seeks, mostly from the same class (as in real forms).
  const byLevelSkill = new Map<string, string[]>();
  for (const p of participants) {
    for (const skill of p.offers) {
      const key = `${p.level}|${skill}`;
      byLevelSkill.set(key, [...(byLevelSkill.get(key) ?? []), p.id]);
    }
  }
  for (const p of participants) {
    if (random() < 0.4) continue;
    const pool = byLevelSkill.get(`${p.level}|${pick(random, p.seeks)}`) ?? [];
    p.preferences = sample(random, pool, intBetween(random, 1, 3)).filter((id) => id !== p.id);
  }
  return {
    participants,
    fixed: [],
    declined: [],
    rejected: [],
    settings: { groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: true, weights: defaultWeights },
  };
}

/** Small cohorts where the unconstrained optimum is full of mutual pairs (friends choosing each other). */
export function mutualProneCohort(seed: number, size: number): MatchInput {
  const random = seededRandom(seed);
  const ids = Array.from({ length: size }, (_, i) => `f${i}`);
  const participants: MatchParticipant[] = ids.map((id, i) => {
    const friend = ids[i ^ 1] ?? ids[0];
    return {
      id,
      region: `R${intBetween(random, 1, 2)}`,
      level: 'L1',
      kind: random() < 0.3 ? 'peer' : 'group',
      capacity: intBetween(random, 1, 2),
      closed: false,
      offers: ['A', 'B', 'C'].filter(() => random() < 0.7),
      seeks: [pick(random, ['A', 'B', 'C'])],
      preferences: random() < 0.8 ? [friend, pick(random, ids)] : [pick(random, ids)],
    };
  });
  return {
    participants,
    fixed: [],
    declined: [],
    rejected: [],
    settings: { groupSizeLimit: 3, mentorsPerMentee: random() < 0.3 ? 2 : 1, peerSameLevel: true, allowMutual: false, weights: { ...defaultWeights, spread: intBetween(random, 0, 8) } },
  };
}
