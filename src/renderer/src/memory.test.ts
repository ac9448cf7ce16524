import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryKey, pickSaved, recall, remember, useRemembered } from './memory';

const modes = ['mentors', 'groups'] as const;

/** localStorage as a Map, so the tests see exactly what was saved. */
function fakeStorage(): Map<string, string> {
  const saved = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => saved.get(key) ?? null,
    setItem: (key: string, value: string) => void saved.set(key, value),
  } satisfies Pick<Storage, 'getItem' | 'setItem'>);
  return saved;
}

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

describe('remembered per cohort', () => {
  let saved: Map<string, string>;
  beforeEach(() => {
    saved = fakeStorage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('recalls the cohort’s own value, else the last one used anywhere, else the fallback', () => {
    expect(recall('boardMode', '/a.kupu.sqlite', modes, 'mentors')).toBe('mentors');
    remember('boardMode', '/a.kupu.sqlite', 'groups');
    expect(recall('boardMode', '/a.kupu.sqlite', modes, 'mentors')).toBe('groups');
    // A cohort never opened before starts as the last one left off.
    expect(recall('boardMode', '/b.kupu.sqlite', modes, 'mentors')).toBe('groups');
    remember('boardMode', '/b.kupu.sqlite', 'mentors');
    expect(recall('boardMode', '/a.kupu.sqlite', modes, 'mentors')).toBe('groups');
    expect(recall('boardMode', '/b.kupu.sqlite', modes, 'mentors')).toBe('mentors');
  });

  it('keeps different names apart', () => {
    remember('view', '/a.kupu.sqlite', 'groups');
    expect(recall('boardMode', '/a.kupu.sqlite', modes, 'mentors')).toBe('mentors');
  });

  it('ignores a saved value no longer allowed', () => {
    saved.set(memoryKey('boardMode', '/a.kupu.sqlite'), 'columns');
    expect(recall('boardMode', '/a.kupu.sqlite', modes, 'mentors')).toBe('mentors');
  });

  it('falls back when storage is disabled, and saving then fails quietly', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => { throw new Error('disabled'); },
      setItem: () => { throw new Error('disabled'); },
    } satisfies Pick<Storage, 'getItem' | 'setItem'>);
    expect(recall('boardMode', '/a.kupu.sqlite', modes, 'groups')).toBe('groups');
    expect(() => remember('boardMode', '/a.kupu.sqlite', 'mentors')).not.toThrow();
  });

  it('gives the hook’s first render the remembered value', () => {
    remember('boardMode', '/a.kupu.sqlite', 'groups');
    // Server rendering runs the first render without a DOM; the switch to another cohort is an effect it skips.
    const Probe = ({ path }: { path: string }) => useRemembered('boardMode', path, modes, 'mentors')[0];
    expect(renderToString(createElement(Probe, { path: '/a.kupu.sqlite' }))).toBe('groups');
    saved.clear();
    expect(renderToString(createElement(Probe, { path: '/a.kupu.sqlite' }))).toBe('mentors');
  });
});
