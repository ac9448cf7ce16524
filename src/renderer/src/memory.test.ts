import { describe, expect, it } from 'vitest';
import { memoryKey, pickSaved } from './memory';

describe('view memory', () => {
  it.each([
    { saved: 'board', expected: 'board' },
    { saved: 'tracker', expected: 'tracker' },
    { saved: 'renamed-view', expected: 'board' },
    { saved: null, expected: 'board' },
    { saved: '', expected: 'board' },
  ])('keeps $saved only if allowed → $expected', ({ saved, expected }) => {
    expect(pickSaved(saved, ['board', 'tracker'] as const, 'board')).toBe(expected);
  });

  it('keys per cohort file', () => {
    expect(memoryKey('view', '/a/x.kupu.sqlite')).not.toBe(memoryKey('view', '/b/x.kupu.sqlite'));
  });
});
