import { idIndex, type IdIndex } from './idIndex';
import { normalizeWeights } from './score';
import type { MatchInput, MatchParticipant, MatchWeights } from './types';

/**
 * The input turned into integer-indexed typed arrays once, so the hot loops never touch strings or maps.
 * Participant i is both mentor i and mentee i.
 */
export interface Prepared {
  input: MatchInput;
  /** Participants in engine order: grouped by level (most candidates are same-level peers, so the
   *  solver's memory accesses stay close together), input order within a level. */
  people: MatchParticipant[];
  /** Engine index of input.participants[i]. */
  engineIndex: Int32Array;
  count: number;
  ids: string[];
  indexOf: IdIndex;
  /** Position of each id in sorted order: the deterministic tie-break "by id". */
  idRank: Int32Array;
  weights: MatchWeights;
  skillNames: string[];
  skillIndex: Map<string, number>;
  /** Level as a value for the same-level rule ('' is a value too). */
  levelKey: Int32Array;
  levelCount: number;
  /** Non-empty level / region for scoring, -1 when blank. */
  scoreLevel: Int32Array;
  scoreRegion: Int32Array;
  isPeer: Uint8Array;
  /** Seats left for new pairs: effective capacity minus fixed mentees; 0 when closed. */
  seats: Int32Array;
  fixedAsMentor: Int32Array;
  fixedAsMentee: Int32Array;
  /** Mentors a mentee may still get: mentorsPerMentee minus fixed ones. */
  menteeLimit: Int32Array;
  offerStart: Int32Array;
  offerSkill: Int32Array;
  /** Sought skills not already covered by a fixed pair, deduplicated, in the mentee's order (at most 31). */
  seekStart: Int32Array;
  seekSkill: Int32Array;
  /** Distinct sought skills, those covered by fixed pairs included. */
  soughtCount: Int32Array;
  /** Mentors never to suggest for a mentee: declined, rejected, or already a fixed pair. */
  excludedStart: Int32Array;
  excludedMentor: Int32Array;
  /** Mentee's ranked mentors (known ids, first occurrence) with their 1-based rank in the raw list. */
  prefStart: Int32Array;
  prefMentor: Int32Array;
  prefRank: Int32Array;
  prefLength: Int32Array;
  /** key mentor * count + mentee → mentor's 1-based rank of that mentee. */
  mentorPrefRank: Map<number, number>;
  mentorPrefLength: Int32Array;
}

/** A growable Int32 list: CSR arrays are filled in one pass without boxing numbers. */
interface IntList {
  items: Int32Array;
  length: number;
}

function intList(capacity: number): IntList {
  return { items: new Int32Array(Math.max(16, capacity)), length: 0 };
}

function pushInt(list: IntList, value: number): void {
  if (list.length === list.items.length) {
    const grown = new Int32Array(list.items.length * 2);
    grown.set(list.items);
    list.items = grown;
  }
  list.items[list.length++] = value;
}

const finish = (list: IntList): Int32Array => list.items.slice(0, list.length);

function intern(value: string, table: Map<string, number>, names: string[]): number {
  let id = table.get(value);
  if (id === undefined) {
    id = names.length;
    table.set(value, id);
    names.push(value);
  }
  return id;
}

/**
 * Stable counting sort by level (levels numbered in order of first appearance), with each input's new
 * position and each grouped person's level number (the same-level rule's key).
 */
function groupedByLevel(people: MatchParticipant[]): { grouped: MatchParticipant[]; engineIndex: Int32Array; levelKey: Int32Array; levelCount: number } {
  const levelOrder = new Map<string, number>();
  const levelNames: string[] = [];
  const levelOf = new Int32Array(people.length);
  for (let i = 0; i < people.length; i++) levelOf[i] = intern(people[i].level, levelOrder, levelNames);
  const start = new Int32Array(levelOrder.size + 1);
  for (let i = 0; i < people.length; i++) start[levelOf[i] + 1]++;
  for (let l = 0; l < levelOrder.size; l++) start[l + 1] += start[l];
  const grouped = new Array<MatchParticipant>(people.length);
  const engineIndex = new Int32Array(people.length);
  const levelKey = new Int32Array(people.length);
  people.forEach((p, i) => {
    engineIndex[i] = start[levelOf[i]]++;
    grouped[engineIndex[i]] = p;
    levelKey[engineIndex[i]] = levelOf[i];
  });
  return { grouped, engineIndex, levelKey, levelCount: levelNames.length };
}

export function prepare(input: MatchInput): Prepared {
  const { settings } = input;
  const { grouped: participants, engineIndex, levelKey, levelCount } = groupedByLevel(input.participants);
  const count = participants.length;
  const ids = participants.map((p) => p.id);
  const indexOf = idIndex(ids);
  const idRank = new Int32Array(count);
  // Default sort compares UTF-16 code units, like < on strings, and is much faster than a comparator.
  ids
    .slice()
    .sort()
    .forEach((id, rank) => {
      idRank[indexOf.get(id) ?? 0] = rank;
    });

  // Fixed pairs use capacity and the mentee's limit; their skills count as covered (by name here: skill
  // ids are given out in the one pass over the participants below).
  const fixedAsMentor = new Int32Array(count);
  const fixedAsMentee = new Int32Array(count);
  const coveredSkills = new Map<number, Set<string>>();
  const excluded = new Map<number, Set<number>>();
  const exclude = (mentee: number, mentor: number): void => {
    let set = excluded.get(mentee);
    if (!set) excluded.set(mentee, (set = new Set()));
    set.add(mentor);
  };
  // Each side of a fixed pair counts even when the other is not in this input (e.g. withdrawn).
  for (const pair of input.fixed) {
    const mentor = indexOf.get(pair.mentorId);
    const mentee = indexOf.get(pair.menteeId);
    if (mentor !== undefined) fixedAsMentor[mentor]++;
    if (mentee === undefined) continue;
    fixedAsMentee[mentee]++;
    if (mentor !== undefined) exclude(mentee, mentor);
    if (pair.skill !== null) {
      let set = coveredSkills.get(mentee);
      if (!set) coveredSkills.set(mentee, (set = new Set()));
      set.add(pair.skill);
    }
  }
  // No-mutual: a fixed A→B rules out suggesting B→A.
  if (!settings.allowMutual) {
    for (const pair of input.fixed) {
      const mentor = indexOf.get(pair.mentorId);
      const mentee = indexOf.get(pair.menteeId);
      if (mentor !== undefined && mentee !== undefined) exclude(mentor, mentee);
    }
  }
  for (const pair of [...input.declined, ...input.rejected]) {
    const mentor = indexOf.get(pair.mentorId);
    const mentee = indexOf.get(pair.menteeId);
    if (mentor !== undefined && mentee !== undefined) exclude(mentee, mentor);
  }

  const skillIndex = new Map<string, number>();
  const skillNames: string[] = [];
  const regions = new Map<string, number>();
  const regionNames: string[] = [];
  const scoreLevel = new Int32Array(count);
  const scoreRegion = new Int32Array(count);
  const isPeer = new Uint8Array(count);
  const seats = new Int32Array(count);
  const menteeLimit = new Int32Array(count);
  const groupLimit = Math.max(0, Math.floor(settings.groupSizeLimit));
  const mentorLimit = Math.max(0, Math.floor(settings.mentorsPerMentee));
  // Per-person lists as CSR; duplicates dropped with a stamp per skill / mentor instead of Sets.
  let skillStamp = new Int32Array(64);
  const skillId = (name: string): number => {
    const id = intern(name, skillIndex, skillNames);
    if (id >= skillStamp.length) {
      const grown = new Int32Array(skillStamp.length * 2);
      grown.set(skillStamp);
      skillStamp = grown;
    }
    return id;
  };
  const offerStart = new Int32Array(count + 1);
  const offerSkill = intList(count * 3);
  const seekStart = new Int32Array(count + 1);
  const seekSkill = intList(count * 2);
  const soughtCount = new Int32Array(count);
  const prefStart = new Int32Array(count + 1);
  const prefMentor = intList(count);
  const prefRank = intList(count);
  const prefLength = new Int32Array(count);
  const mentorStamp = new Int32Array(count);
  const mentorPrefRank = new Map<number, number>();
  const mentorPrefLength = new Int32Array(count);
  // One pass over the participants: at 50,000 people, touching each person's object once is most of
  // the cost of this function.
  for (let i = 0; i < count; i++) {
    const person = participants[i];
    const stamp = 2 * i + 1;
    offerStart[i] = offerSkill.length;
    const offers = person.offers;
    for (let k = 0; k < offers.length; k++) {
      const id = skillId(offers[k]);
      if (skillStamp[id] === stamp) continue;
      skillStamp[id] = stamp;
      pushInt(offerSkill, id);
    }
    seekStart[i] = seekSkill.length;
    const covered = coveredSkills.get(i);
    // Bit masks over a mentee's sought skills are 31 bits wide; more than that is not a real form.
    const seeks = person.seeks;
    for (let k = 0; k < seeks.length; k++) {
      const name = seeks[k];
      const id = skillId(name);
      if (skillStamp[id] === stamp + 1) continue;
      skillStamp[id] = stamp + 1;
      soughtCount[i]++;
      if (covered?.has(name) || seekSkill.length - seekStart[i] >= 31) continue;
      pushInt(seekSkill, id);
    }
    const region = intern(person.region, regions, regionNames);
    scoreLevel[i] = person.level === '' ? -1 : levelKey[i];
    scoreRegion[i] = person.region === '' ? -1 : region;
    isPeer[i] = person.kind === 'peer' ? 1 : 0;

    const capacity = Number.isFinite(person.capacity) ? Math.max(0, Math.floor(person.capacity)) : 0;
    // A peer mentor takes exactly one mentee in total; a group mentor up to the group size limit.
    const effective = person.closed ? 0 : isPeer[i] ? Math.min(capacity, 1) : Math.min(capacity, groupLimit);
    seats[i] = Math.max(0, effective - fixedAsMentor[i]);
    menteeLimit[i] = Math.max(0, mentorLimit - fixedAsMentee[i]);

    prefStart[i] = prefMentor.length;
    const preferences = person.preferences;
    prefLength[i] = preferences.length;
    for (let position = 0; position < preferences.length; position++) {
      const mentor = indexOf.get(preferences[position]);
      if (mentor === undefined || mentorStamp[mentor] === i + 1) continue;
      mentorStamp[mentor] = i + 1;
      pushInt(prefMentor, mentor);
      pushInt(prefRank, position + 1);
    }

    const ranked = person.mentorPreferences ?? [];
    mentorPrefLength[i] = ranked.length;
    for (let position = 0; position < ranked.length; position++) {
      const mentee = indexOf.get(ranked[position]);
      if (mentee === undefined) continue;
      const key = i * count + mentee;
      if (!mentorPrefRank.has(key)) mentorPrefRank.set(key, position + 1);
    }
  }
  offerStart[count] = offerSkill.length;
  seekStart[count] = seekSkill.length;
  prefStart[count] = prefMentor.length;

  const excludedStart = new Int32Array(count + 1);
  const excludedMentor = intList(16);
  for (let i = 0; i < count; i++) {
    excludedStart[i] = excludedMentor.length;
    const mentors = excluded.get(i);
    if (mentors) for (const mentor of mentors) pushInt(excludedMentor, mentor);
  }
  excludedStart[count] = excludedMentor.length;

  return {
    input,
    people: participants,
    engineIndex,
    count,
    ids,
    indexOf,
    idRank,
    weights: normalizeWeights(settings.weights),
    skillNames,
    skillIndex,
    levelKey,
    levelCount,
    scoreLevel,
    scoreRegion,
    isPeer,
    seats,
    fixedAsMentor,
    fixedAsMentee,
    menteeLimit,
    offerStart,
    offerSkill: finish(offerSkill),
    seekStart,
    seekSkill: finish(seekSkill),
    soughtCount,
    excludedStart,
    excludedMentor: finish(excludedMentor),
    prefStart,
    prefMentor: finish(prefMentor),
    prefRank: finish(prefRank),
    prefLength,
    mentorPrefRank,
    mentorPrefLength,
  };
}
