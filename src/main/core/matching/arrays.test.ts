import { describe, expect, it } from 'vitest';
import { maxPooledBytes, pooledBytes, releasePooledArrays, withPooledArrays } from './arrays';
import { matchOptimal, matchStable } from './index';
import { benchCohort } from '../../../../tests/support/matching/randomCohort';

const large = 100_000; // 400 KB as Int32: pooled

describe('withPooledArrays', () => {
  it('hands out zero-filled arrays, also when a buffer comes back for another run', () => {
    withPooledArrays((arrays) => {
      arrays.int32(large).fill(7);
      arrays.uint8(large).fill(7);
      arrays.float64(large).fill(7);
    });
    withPooledArrays((arrays) => {
      expect(arrays.int32(large).every((x) => x === 0)).toBe(true);
      expect(arrays.uint8(large).every((x) => x === 0)).toBe(true);
      expect(arrays.float64(large).every((x) => x === 0)).toBe(true);
    });
  });

  it('gives two arrays of one run separate memory', () => {
    withPooledArrays((arrays) => {
      const a = arrays.int32(large);
      const b = arrays.int32(large);
      a.fill(1);
      expect(b[0]).toBe(0);
      expect(a.buffer).not.toBe(b.buffer);
    });
  });

  it('takes the buffers back when the run throws, and keeps small arrays out of the pool', () => {
    let lent: ArrayBufferLike | null = null;
    expect(() => withPooledArrays((arrays) => {
      lent = arrays.int32(3 * large).buffer;
      throw new Error('boom');
    })).toThrow('boom');
    withPooledArrays((arrays) => expect(arrays.int32(3 * large).buffer).toBe(lent));
    const settled = pooledBytes();
    withPooledArrays((arrays) => arrays.int32(10));
    expect(pooledBytes()).toBe(settled);
  });

  it('keeps at most maxPooledBytes between runs, and nothing once released', () => {
    withPooledArrays((arrays) => {
      for (let i = 0; i < 4; i++) arrays.uint8(maxPooledBytes / 3);
    });
    expect(pooledBytes()).toBeGreaterThan(0);
    expect(pooledBytes()).toBeLessThanOrEqual(maxPooledBytes);
    releasePooledArrays();
    expect(pooledBytes()).toBe(0);
  });
});

describe('matching runs on pooled arrays', () => {
  it('give the same result run after run (nothing leaks from one run into the next)', () => {
    const input = benchCohort(7, 400, 'balanced');
    const first = matchOptimal(input);
    matchStable(benchCohort(8, 300, 'tight'));
    const again = matchOptimal(input);
    expect({ ...again, stats: { ...again.stats, ms: 0 } }).toEqual({ ...first, stats: { ...first.stats, ms: 0 } });
    const stable = matchStable(input);
    const stableAgain = matchStable(input);
    expect(stableAgain.pairs).toEqual(stable.pairs);
  });
});
