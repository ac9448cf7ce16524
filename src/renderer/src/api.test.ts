import { describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/contract';
import { api } from './api';

describe('browser client', () => {
  it('has a function for every contract method, the same one each time', () => {
    for (const name of methodNames) expect(typeof api[name]).toBe('function');
    expect(api.participantsList).toBe(api.participantsList);
  });
});
