import fc from 'fast-check';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../shared/contract';
import { dispatch, toApiError } from './dispatch';
import { contentHash } from './store/inspect';
import { listHistory } from './store/undoLog';
import { freshCohort, seed, type TestCohort } from '../../tests/support/cohort';

// Every contract method, fed arbitrary values and near misses of its params (wrong types, huge strings,
// `__proto__` keys, Maps and BigInts as IPC's structured clone can carry them), through `dispatch` as
// every transport calls it. An invalid value must be refused as invalid_params and write nothing; a
// value that happens to be valid must never end in an internal error.

const casesPerMethod = 150;
/** Valid calls of these would reach outside this cohort (other files, Chromium) or parse files at length. */
const notCalledWhenValid = new Set<string>(['cohortOpen', 'cohortCreate', 'rosterPdf', 'directoryPosters', 'importPreview', 'importCommit', 'backupCreate', 'backupRestore']);

const hugeString = fc.constantFrom(65, 201, 501, 4_097, 10_001, 100_001, 1_000_001).map((n) => 'x'.repeat(n));
const nasty = fc.constantFrom<unknown>(
  null, undefined, NaN, Infinity, -Infinity, -1, 0, 1.5, 2 ** 53, '', ' ', '../../etc/passwd', '__proto__', 'constructor', true, [], {}, 10n,
  new Date(0), new Map([['a', 1]]), new Set([1]), new Uint8Array(4), Object.create(null),
);
const protoObject = fc.anything().map((inner) => {
  const value: Record<string, unknown> = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
  value.inner = inner;
  return value;
});
const anything = fc.anything({
  withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
  withObjectString: true, withSparseArray: true, withTypedArray: true,
});
const wrongValue = fc.oneof(anything, hugeString, nasty, protoObject, fc.string(), fc.integer(), fc.array(anything, { maxLength: 3 }));

/** Objects shaped like the method's params with some fields wrong, missing or extra. */
function nearMiss(method: MethodName): fc.Arbitrary<unknown> {
  const schema = contract[method].params as unknown as { shape?: Record<string, unknown> };
  const keys = Object.keys(schema.shape ?? {});
  const fields = fc.record(Object.fromEntries(keys.map((k) => [k, wrongValue])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')), wrongValue, { maxKeys: 2 });
  return fc.tuple(fields, extra, fc.boolean()).map(([f, e, withExtra]) => (withExtra ? { ...f, ...e } : f));
}

let cohort: TestCohort;
beforeAll(() => {
  cohort = freshCohort();
  const ids = seed(cohort.session, [
    { name: 'Siti', offers: ['Canva'], seeks: ['Excel'] },
    { name: 'Dewi', offers: ['Excel'], seeks: ['Canva'] },
  ]);
  void cohort.handlers.pairingAssign({ mentorId: ids.Siti, menteeId: ids.Dewi });
});
afterAll(() => cohort.cleanup());

const fingerprint = () => ({ hash: contentHash(cohort.session.db), history: listHistory(cohort.session.db, 10_000).length });
const show = (value: unknown) => inspect(value, { depth: 3, maxStringLength: 80, maxArrayLength: 5 });

describe('API fuzz', () => {
  it('refuses every invalid value as invalid_params, writing nothing, for every method', async () => {
    let tried = 0;
    let valid = 0;
    const internal: string[] = [];
    for (const [index, method] of methodNames.entries()) {
      const values = fc.sample(fc.oneof(anything, nearMiss(method), nearMiss(method)), { numRuns: casesPerMethod, seed: 7_000 + index });
      const schema = contract[method].params;
      const isValid = (value: unknown) => schema.safeParse(value ?? {}).success;
      const before = fingerprint();
      for (const value of values.filter((v) => !isValid(v))) {
        tried++;
        const outcome = await dispatch(cohort.handlers, method, value).then(
          () => 'resolved',
          (error: unknown) => toApiError(error).code,
        );
        expect(outcome, `${method}(${show(value)})`).toBe('invalid_params');
      }
      expect(fingerprint(), `${method}: an invalid call wrote to the cohort`).toEqual(before);
      for (const value of values.filter((v) => isValid(v) && !notCalledWhenValid.has(method))) {
        tried++;
        valid++;
        const error = await dispatch(cohort.handlers, method, value).then(() => null, (caught: unknown) => toApiError(caught));
        if (error?.code === 'internal') internal.push(`${method}(${show(value)}): ${error.message}`);
      }
    }
    // Valid but unexpected input (unknown ids…) must come back as not_found/conflict, never a crash.
    expect([...new Set(internal)]).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    console.log(`API fuzz: ${tried} cases over ${methodNames.length} methods (${valid} of them valid by chance)`);
  }, 60_000);
});
