import { defaultWeights, type FixedPair, type MatchInput, type MatchParticipant, type MentoringKind, type MentorMenteeRef } from '../../../src/main/core/matching/types';
import { intBetween, pick, seededRandom, type Random, type Tightness } from './randomCohort';

// Cohorts shaped the way a Google Form with a checkbox list of skills shapes them: a few skills that
// thousands of people tick, a long tail that few do, a handful of regions and levels, and a third of the
// people naming one to three mentors they already know. Few skills and many people per skill is the
// shape that makes one arc per compatible pair quadratic.

export interface FormCohortOptions {
  size: number;
  /** 10-30 in a real form. */
  skills: number;
  /** 5-40. */
  regions: number;
  /** 2-4. */
  levels: number;
  tightness: Tightness;
  /** Chance of each coordinator action already on the board: pins, declines, rejections, closed mentors. */
  spice?: number;
}

/** Seats per mentee the shapes aim at: loose has room for nearly everyone, tight for about a third. */
const seatShare: Record<Tightness, { peerOpen: number; groupCapacity: [number, number]; groupShare: number }> = {
  loose: { peerOpen: 0.9, groupCapacity: [3, 5], groupShare: 0.25 },
  balanced: { peerOpen: 0.6, groupCapacity: [2, 4], groupShare: 0.15 },
  tight: { peerOpen: 0.25, groupCapacity: [1, 3], groupShare: 0.1 },
};

/** Zipf-like popularity: skill 0 is ticked by a large share of the people, the tail by few. */
function skillPicker(random: Random, skills: string[], skew: number): (exclude: Set<string>) => string {
  const weights = skills.map((_, i) => 1 / (i + 1) ** skew);
  const total = weights.reduce((a, b) => a + b, 0);
  return (exclude) => {
    for (let tries = 0; tries < 50; tries++) {
      let r = random() * total;
      let chosen = skills[skills.length - 1];
      for (let i = 0; i < skills.length; i++) {
        if ((r -= weights[i]) <= 0) {
          chosen = skills[i];
          break;
        }
      }
      if (!exclude.has(chosen)) return chosen;
    }
    return skills.find((s) => !exclude.has(s)) ?? skills[0];
  };
}

/** Form-shaped cohort; with spice, also what a coordinator has already done on the board. */
export function formCohort(seed: number, options: FormCohortOptions): MatchInput {
  const random = seededRandom(seed);
  const shape = seatShare[options.tightness];
  const spice = options.spice ?? 0;
  // Indonesian program skills as a form would list them; the long tail gets numbered names.
  const known = ['Canva', 'Public speaking', 'Parenting', 'Cooking', 'Digital marketing', 'Excel', 'Sewing', 'Photography', 'Copywriting', 'Bahasa Inggris'];
  const skills = Array.from({ length: options.skills }, (_, i) => known[i] ?? `Skill ${i + 1}`);
  const pickSkill = skillPicker(random, skills, 1.0);
  const regions = Array.from({ length: options.regions }, (_, i) => `Region ${i + 1}`);
  const regionWeights = regions.map((_, i) => 1 / (i + 1) ** 0.7);
  const regionTotal = regionWeights.reduce((a, b) => a + b, 0);
  const pickRegion = (): string => {
    let r = random() * regionTotal;
    for (let i = 0; i < regions.length; i++) if ((r -= regionWeights[i]) <= 0) return regions[i];
    return regions[regions.length - 1];
  };
  const levels = Array.from({ length: options.levels }, (_, i) => `Level ${i + 1}`);
  const participants: MatchParticipant[] = [];
  for (let i = 0; i < options.size; i++) {
    const isGroup = random() < shape.groupShare;
    const kind: MentoringKind = isGroup ? (random() < 0.6 ? 'group' : 'both') : 'peer';
    const offers = new Set<string>();
    const offerCount = Math.min(skills.length, intBetween(random, 1, 4));
    while (offers.size < offerCount) offers.add(pickSkill(offers));
    // Most people seek what they do not offer; some tick the same skill in both lists.
    const seeks = new Set<string>();
    const seekCount = Math.min(skills.length, intBetween(random, 1, 3));
    while (seeks.size < seekCount) seeks.add(pickSkill(random() < 0.85 ? new Set([...seeks, ...offers]) : seeks));
    participants.push({
      id: `f${i}`,
      // A few rows leave region or level blank.
      region: random() < 0.02 ? '' : pickRegion(),
      level: random() < 0.02 ? '' : pick(random, levels),
      kind,
      capacity: isGroup ? intBetween(random, ...shape.groupCapacity) : random() < shape.peerOpen ? 1 : 0,
      closed: random() < 0.03 + spice * 0.1,
      offers: [...offers],
      seeks: [...seeks],
      preferences: [],
      ...(random() < 0.05 ? { mentorPreferences: [] as string[] } : {}),
    });
  }
  nameMentors(random, participants);
  const ids = participants.map((p) => p.id);
  const refs = (count: number): MentorMenteeRef[] =>
    Array.from({ length: count }, () => ({ mentorId: pick(random, ids), menteeId: pick(random, ids) })).filter((r) => r.mentorId !== r.menteeId);
  const fixed: FixedPair[] = spice > 0 ? refs(Math.round(options.size * spice * 0.1)).map((r) => {
    const mentee = participants[Number(r.menteeId.slice(1))];
    return { ...r, skill: random() < 0.8 ? pick(random, mentee.seeks) : null };
  }) : [];
  return {
    participants,
    fixed,
    declined: spice > 0 ? refs(Math.round(options.size * spice * 0.1)) : [],
    rejected: spice > 0 ? refs(Math.round(options.size * spice * 0.05)) : [],
    settings: { groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: true, weights: defaultWeights },
  };
}

/**
 * A third of the people name 1-3 mentors, mostly people from their own region who offer what they seek
 * (friends they already know), sometimes anyone; a few mentors rank mentees they want.
 */
function nameMentors(random: Random, participants: MatchParticipant[]): void {
  const byRegionSkill = new Map<string, string[]>();
  const bySkill = new Map<string, string[]>();
  for (const p of participants) {
    for (const skill of p.offers) {
      const key = `${p.region}|${skill}`;
      if (!byRegionSkill.has(key)) byRegionSkill.set(key, []);
      byRegionSkill.get(key)?.push(p.id);
      if (!bySkill.has(skill)) bySkill.set(skill, []);
      bySkill.get(skill)?.push(p.id);
    }
  }
  const ids = participants.map((p) => p.id);
  for (const p of participants) {
    if (p.mentorPreferences) p.mentorPreferences = Array.from({ length: intBetween(random, 1, 3) }, () => pick(random, ids)).filter((id) => id !== p.id);
    if (random() < 0.67) continue;
    const count = intBetween(random, 1, 3);
    const named = new Set<string>();
    for (let k = 0; k < count * 3 && named.size < count; k++) {
      const skill = pick(random, p.seeks);
      const pool = random() < 0.75 ? byRegionSkill.get(`${p.region}|${skill}`) : random() < 0.8 ? bySkill.get(skill) : ids;
      if (pool && pool.length > 0) {
        const id = pick(random, pool);
        if (id !== p.id) named.add(id);
      }
    }
    p.preferences = [...named];
  }
}
