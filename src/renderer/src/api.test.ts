import { describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/contract';
import { api } from './api';

describe('browser client', () => {
  it('has one function per contract method, generated from the contract keys', () => {
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(typeof api[name]).toBe('function');
  });
});
