import { describe, expect, it } from 'vitest';
import { nextTarget, type TargetRect } from './keyboard';

const rect = (id: string, left: number): TargetRect => ({ id, left, top: 0, width: 100, height: 400 });
const targets = [rect('column:b', 400), rect('pool', 0), rect('column:a', 200), rect('column:z', -300)];

describe('keyboard drop targets', () => {
  it.each([
    { from: 'pool', direction: 'right', expected: 'column:z' },
    { from: 'column:z', direction: 'right', expected: 'column:a' },
    { from: 'column:b', direction: 'right', expected: 'column:b' },
    { from: 'column:a', direction: 'left', expected: 'column:z' },
    { from: 'pool', direction: 'left', expected: 'pool' },
    { from: null, direction: 'right', expected: 'pool' },
  ] as const)('$direction from $from goes to $expected', ({ from, direction, expected }) => {
    expect(nextTarget(targets, from, direction)?.id).toBe(expected);
  });
});
