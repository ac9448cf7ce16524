import { describe, expect, it } from 'vitest';
import { newParticipantId, newParticipantIds } from './participantsRepo';

describe('participant ids', () => {
  it('a single id is p_ and 12 hex digits', () => {
    expect(newParticipantId()).toMatch(/^p_[0-9a-f]{12}$/);
  });

  it.each([0, 1, 2, 1000])('%i ids for a bulk insert are well-formed, distinct and ascending', (count) => {
    const ids = newParticipantIds(count);
    expect(ids).toHaveLength(count);
    for (const id of ids) expect(id).toMatch(/^p_[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(count);
    expect(ids).toEqual([...ids].sort());
  });
});
