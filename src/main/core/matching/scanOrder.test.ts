import { describe, expect, it } from 'vitest';
import { localBitsFor, packEntry, scanOrder, sortRun } from './scanOrder';

describe('scanOrder', () => {
  it.each([
    { widest: 0, bits: 1 },
    { widest: 1, bits: 1 },
    { widest: 2, bits: 1 },
    { widest: 3, bits: 2 },
    { widest: 64, bits: 6 },
    { widest: 65, bits: 7 },
    { widest: 50_000, bits: 16 },
  ])('local indices below $widest take $bits bits', ({ widest, bits }) => {
    expect(localBitsFor(widest)).toBe(bits);
  });

  it.each([
    { name: 'key above the local index', widest: 64, key: 5, local: 3, entry: (5 << 6) | 3 },
    { name: 'zero key', widest: 64, key: 0, local: 63, entry: 63 },
    { name: 'a key too large is clamped (still a lower bound)', widest: 1 << 20, key: 1 << 12, local: 7, entry: (((1 << 11) - 1) << 20) | 7 },
  ])('packEntry: $name', ({ widest, key, local, entry }) => {
    const order = scanOrder(new Int32Array(0), widest);
    expect(packEntry(order, key, local)).toBe(entry);
    expect(packEntry(order, key, local)).toBeGreaterThanOrEqual(0);
  });

  it.each([
    { name: 'by key', run: [[30, 0], [10, 1], [20, 2]], sorted: [[10, 1], [20, 2], [30, 0]] },
    { name: 'ties keep the arcs order', run: [[40, 0], [40, 1], [10, 2], [40, 3]], sorted: [[10, 2], [40, 0], [40, 1], [40, 3]] },
    { name: 'already sorted', run: [[0, 0], [5, 1], [9, 2]], sorted: [[0, 0], [5, 1], [9, 2]] },
    { name: 'one entry', run: [[7, 0]], sorted: [[7, 0]] },
  ])('sortRun: $name, and leaves the neighbours alone', ({ run, sorted }) => {
    const order = scanOrder(new Int32Array(run.length + 2), 8);
    order.entries[0] = -1;
    order.entries[run.length + 1] = -2;
    run.forEach(([key, local], i) => (order.entries[i + 1] = packEntry(order, key, local)));
    sortRun(order.entries, 1, run.length + 1);
    const unpack = (entry: number): number[] => [entry >> order.localBits, entry & ((1 << order.localBits) - 1)];
    expect(Array.from(order.entries.subarray(1, run.length + 1), unpack)).toEqual(sorted);
    expect([order.entries[0], order.entries[run.length + 1]]).toEqual([-1, -2]);
  });
});
