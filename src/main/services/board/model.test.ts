import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleCode } from '../../../shared/domain';
import { updateSettings } from '../../store/cohortRepo';
import type { WriteDb } from '../../store/connection';
import { contentWithoutHistory, freshCohort, seed, type TestCohort } from '../../../../tests/support/cohort';

// Model-based test of the board and its undo log: random sequences of assign, move, unassign,
// override-assign, close/reopen, undo, redo and reload, run against the real handler map and a
// plain in-memory model, compared after every step. The model knows the program's rules for this
// cohort (everyone offers and seeks the same skill in group mentoring, so only closed, capacity and
// the mentee's mentor limit can bite) and predicts every refusal and every override recorded.

const people = 6;

interface ModelPair {
  mentorId: string;
  menteeId: string;
  overrides: RuleCode[];
}

interface State {
  pairs: ModelPair[];
  closed: string[];
  /** Every row of the cohort except the undo history itself, as the database held it in this state. */
  rows: unknown;
}

interface Model {
  ids: string[];
  capacity: Record<string, number>;
  mentorLimit: number;
  now: State;
  undo: State[];
  redo: State[];
}

interface Real {
  cohort: TestCohort;
}

const key = (p: { mentorId: string; menteeId: string }) => `${p.mentorId}|${p.menteeId}`;
const sorted = <T,>(list: T[]) => [...list].sort();

const contentRows = (real: Real): unknown => contentWithoutHistory(real.cohort.session);

async function observed(real: Real): Promise<Omit<State, 'rows'>> {
  const { handlers } = real.cohort;
  const pairs = (await handlers.pairingsList({})).map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, overrides: sorted(p.overrides) }));
  const closed = (await handlers.participantsList({})).filter((p) => p.closed).map((p) => p.id);
  return { pairs: sorted(pairs.map((p) => JSON.stringify(p))).map((p) => JSON.parse(p) as ModelPair), closed: sorted(closed) };
}

function normalized(state: State): Omit<State, 'rows'> {
  return {
    pairs: sorted(state.pairs.map((p) => JSON.stringify({ ...p, overrides: sorted(p.overrides) }))).map((p) => JSON.parse(p) as ModelPair),
    closed: sorted(state.closed),
  };
}

/** The rules of this cohort, written independently of src/shared/rules.ts. */
function predict(model: Model, menteeId: string, mentorId: string, fromMentorId: string | null): { refused: boolean; violations: RuleCode[] } {
  const { pairs, closed } = model.now;
  if (menteeId === mentorId) return { refused: true, violations: ['self'] };
  if (pairs.some((p) => p.mentorId === mentorId && p.menteeId === menteeId)) return { refused: true, violations: ['duplicate'] };
  const violations: RuleCode[] = [];
  if (closed.includes(mentorId)) violations.push('closed');
  if (pairs.filter((p) => p.mentorId === mentorId).length >= model.capacity[mentorId]) violations.push('capacity');
  if (pairs.filter((p) => p.menteeId === menteeId && p.mentorId !== fromMentorId).length >= model.mentorLimit) violations.push('mentor_limit');
  return { refused: false, violations };
}

/** Invariants that hold whatever happened: nobody over a limit unless the pairing says it was overridden. */
function checkInvariants(model: Model, state: Omit<State, 'rows'>): void {
  for (const id of model.ids) {
    const asMentor = state.pairs.filter((p) => p.mentorId === id && !p.overrides.includes('capacity'));
    expect(asMentor.length, `mentor ${id} over capacity without an override`).toBeLessThanOrEqual(model.capacity[id]);
    const asMentee = state.pairs.filter((p) => p.menteeId === id && !p.overrides.includes('mentor_limit'));
    expect(asMentee.length, `mentee ${id} over the mentor limit without an override`).toBeLessThanOrEqual(model.mentorLimit);
  }
}

/** After a write: the database holds what the model predicts; the new state becomes undoable. */
let steps = 0;

async function afterWrite(model: Model, real: Real, next: Omit<State, 'rows'> | null): Promise<void> {
  steps++;
  if (next) {
    const rows = contentRows(real);
    model.undo.push(model.now);
    model.redo = [];
    model.now = { ...next, rows };
  }
  const seen = await observed(real);
  expect(seen).toEqual(normalized(model.now));
  expect(contentRows(real)).toEqual(model.now.rows);
  checkInvariants(model, seen);
}

class Assign implements fc.AsyncCommand<Model, Real> {
  constructor(readonly mentee: number, readonly mentor: number, readonly override: boolean) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const menteeId = model.ids[this.mentee];
    const mentorId = model.ids[this.mentor];
    const expected = predict(model, menteeId, mentorId, null);
    const result = await real.cohort.handlers.pairingAssign({ menteeId, mentorId, override: this.override });
    const applies = !expected.refused && (expected.violations.length === 0 || this.override);
    expect(result.ok).toBe(applies);
    expect(sorted(result.violations.map((v) => v.code))).toEqual(sorted(expected.violations));
    await afterWrite(model, real, applies ? { ...model.now, pairs: [...model.now.pairs, { mentorId, menteeId, overrides: expected.violations }] } : null);
  }
  toString = () => `assign(${this.mentee} -> ${this.mentor}${this.override ? ', override' : ''})`;
}

class Move implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pair: number, readonly to: number, readonly override: boolean) {}
  check = (model: Readonly<Model>) => model.now.pairs.length > 0;
  async run(model: Model, real: Real) {
    const from = model.now.pairs[this.pair % model.now.pairs.length];
    const mentorId = model.ids[this.to];
    if (mentorId === from.mentorId) return; // a reorder within the column, not a move
    const expected = predict(model, from.menteeId, mentorId, from.mentorId);
    const result = await real.cohort.handlers.pairingAssign({ menteeId: from.menteeId, mentorId, fromMentorId: from.mentorId, override: this.override });
    const applies = !expected.refused && (expected.violations.length === 0 || this.override);
    expect(result.ok).toBe(applies);
    expect(sorted(result.violations.map((v) => v.code))).toEqual(sorted(expected.violations));
    const pairs = [...model.now.pairs.filter((p) => key(p) !== key(from)), { mentorId, menteeId: from.menteeId, overrides: expected.violations }];
    await afterWrite(model, real, applies ? { ...model.now, pairs } : null);
  }
  toString = () => `move(pair ${this.pair} -> ${this.to}${this.override ? ', override' : ''})`;
}

class Unassign implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pair: number) {}
  check = (model: Readonly<Model>) => model.now.pairs.length > 0;
  async run(model: Model, real: Real) {
    const gone = model.now.pairs[this.pair % model.now.pairs.length];
    await real.cohort.handlers.pairingUnassign({ mentorId: gone.mentorId, menteeId: gone.menteeId });
    await afterWrite(model, real, { ...model.now, pairs: model.now.pairs.filter((p) => key(p) !== key(gone)) });
  }
  toString = () => `unassign(pair ${this.pair})`;
}

class SetClosed implements fc.AsyncCommand<Model, Real> {
  constructor(readonly mentor: number, readonly closed: boolean) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const id = model.ids[this.mentor];
    await real.cohort.handlers.participantUpdate({ id, patch: { closed: this.closed } });
    const closed = this.closed ? [...new Set([...model.now.closed, id])] : model.now.closed.filter((c) => c !== id);
    await afterWrite(model, real, { ...model.now, closed });
  }
  toString = () => `${this.closed ? 'close' : 'reopen'}(${this.mentor})`;
}

class Undo implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>) => model.undo.length > 0;
  async run(model: Model, real: Real) {
    const { entry } = await real.cohort.handlers.historyUndo({});
    expect(entry).not.toBeNull();
    model.redo.push(model.now);
    model.now = model.undo.pop() as State;
    await afterWrite(model, real, null);
  }
  toString = () => 'undo';
}

class Redo implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>) => model.redo.length > 0;
  async run(model: Model, real: Real) {
    const { entry } = await real.cohort.handlers.historyRedo({});
    expect(entry).not.toBeNull();
    model.undo.push(model.now);
    model.now = model.redo.pop() as State;
    await afterWrite(model, real, null);
  }
  toString = () => 'redo';
}

class Reload implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    real.cohort.session.open(real.cohort.path);
    await afterWrite(model, real, null);
  }
  toString = () => 'reload';
}

const person = fc.integer({ min: 0, max: people - 1 });
const commands = [
  fc.tuple(person, person, fc.boolean()).map(([mentee, mentor, override]) => new Assign(mentee, mentor, override)),
  fc.tuple(person, person).map(([mentee, mentor]) => new Assign(mentee, mentor, false)),
  fc.tuple(fc.nat(20), person, fc.boolean()).map(([pair, to, override]) => new Move(pair, to, override)),
  fc.nat(20).map((pair) => new Unassign(pair)),
  fc.tuple(person, fc.boolean()).map(([mentor, closed]) => new SetClosed(mentor, closed)),
  fc.constant(new Undo()),
  fc.constant(new Undo()),
  fc.constant(new Redo()),
  fc.constant(new Reload()),
];

describe('board and undo log against a model', () => {
  it('agree after every step of random sequences', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: people, maxLength: people }),
        fc.integer({ min: 1, max: 2 }),
        fc.commands(commands, { maxCommands: 30, size: 'large' }),
        async (capacities, mentorLimit, sequence) => {
          const cohort = freshCohort();
          try {
            // Outside the undo log, so the model's undo never takes it back.
            // eslint-disable-next-line no-restricted-syntax
            updateSettings(cohort.session.db as WriteDb, { mentorsPerMentee: mentorLimit });
            const byName = seed(cohort.session, capacities.map((capacity, i) => ({ name: `Person ${i}`, capacity, kind: 'group', offers: ['Canva'], seeks: ['Canva'] })));
            const ids = capacities.map((_, i) => byName[`Person ${i}`]);
            const real: Real = { cohort };
            const model: Model = {
              ids,
              capacity: Object.fromEntries(ids.map((id, i) => [id, capacities[i]])),
              mentorLimit,
              now: { pairs: [], closed: [], rows: contentRows(real) },
              undo: [],
              redo: [],
            };
            await fc.asyncModelRun(() => ({ model, real }), sequence);
          } finally {
            cohort.cleanup();
          }
        },
      ),
      { numRuns: 50 },
    );
    console.log(`model-based test: ${steps} steps checked over 50 runs`);
  }, 60_000);
});
