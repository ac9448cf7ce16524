import { describe, expect, it } from 'vitest';
import { clearQueue, createDialQueue, enqueue, popMin } from './dialQueue';

/** Pops everything, as [node, key] pairs (stale entries included: the queue does not judge them). */
function drain(q: ReturnType<typeof createDialQueue>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let v = popMin(q); v >= 0; v = popMin(q)) out.push([v, q.poppedKey]);
  return out;
}

describe('dialQueue', () => {
  it.each([
    { name: 'smallest key first', pushes: [[1, 5], [2, 0], [3, 3]], popped: [[2, 0], [3, 3], [1, 5]] },
    { name: 'last in, first out within a key', pushes: [[1, 2], [2, 2], [3, 2]], popped: [[3, 2], [2, 2], [1, 2]] },
    { name: 'a lowered key leaves its old entry behind', pushes: [[7, 9], [8, 4], [7, 1]], popped: [[7, 1], [8, 4], [7, 9]] },
    { name: 'keys beyond the first size grow the buckets', pushes: [[1, 500], [2, 70]], popped: [[2, 70], [1, 500]] },
  ])('$name', ({ pushes, popped }) => {
    const q = createDialQueue(8, 2);
    for (const [v, key] of pushes) enqueue(q, v, key);
    expect(drain(q)).toEqual(popped);
  });

  it('is empty after clearQueue and reusable', () => {
    const q = createDialQueue(8);
    enqueue(q, 1, 3);
    enqueue(q, 2, 6);
    expect(popMin(q)).toBe(1);
    clearQueue(q);
    expect(popMin(q)).toBe(-1);
    enqueue(q, 4, 2);
    expect(drain(q)).toEqual([[4, 2]]);
  });

  it('refuses a negative key (broken potentials)', () => {
    expect(() => enqueue(createDialQueue(8), 1, -1)).toThrow(/negative reduced cost/);
  });
});
