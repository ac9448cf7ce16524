import { describe, expect, it } from 'vitest';
import type { NameMatch } from '../../core/names';
import { matchForMentee } from './preferences';

describe('matchForMentee', () => {
  const ambiguous = (...ids: string[]): NameMatch => ({ kind: 'ambiguous', ids });
  it.each<[string, NameMatch, string, ReturnType<typeof matchForMentee>]>([
    ['nobody', { kind: 'none' }, 'me', { kind: 'none' }],
    ['someone else', { kind: 'found', id: 'a' }, 'me', { kind: 'found', id: 'a' }],
    ['the mentee herself', { kind: 'found', id: 'me' }, 'me', { kind: 'self' }],
    ['several others', ambiguous('a', 'b'), 'me', ambiguous('a', 'b')],
    ['the mentee and one other', ambiguous('me', 'a'), 'me', { kind: 'found', id: 'a' }],
    ['the mentee and several others', ambiguous('a', 'me', 'b'), 'me', ambiguous('a', 'b')],
    ['the mentee only', ambiguous('me'), 'me', { kind: 'self' }],
  ])('%s', (_, match, mentee, expected) => {
    expect(matchForMentee(match, mentee)).toEqual(expected);
  });

  it('hands back the shared match when the mentee is not among its people (no copy per mentee)', () => {
    const match = ambiguous('a', 'b', 'c');
    expect(matchForMentee(match, 'me')).toBe(match);
  });
});
