import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../shared/contract';
import { freshCohort } from '../../tests/support/cohort';
import { dispatch } from './dispatch';

describe('one contract, every transport', () => {
  it('every contract method has a handler, and the handler map has nothing else', () => {
    const cohort = freshCohort();
    try {
      expect(Object.keys(cohort.handlers).sort()).toEqual([...methodNames].sort());
    } finally {
      cohort.cleanup();
    }
  });

  it('method names read noun then verb', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z]+[A-Z][a-zA-Z]*$/);
  });

  it('dispatch validates params against the schema before any handler runs', async () => {
    const cohort = freshCohort();
    try {
      await expect(dispatch(cohort.handlers, 'pairingAssign', { menteeId: 1 })).rejects.toThrow();
      await expect(dispatch(cohort.handlers, 'participantsList', { extra: true })).rejects.toThrow();
      await expect(dispatch(cohort.handlers, '__proto__', {})).rejects.toThrow(/Unknown method/);
      await expect(dispatch(cohort.handlers, 'participantsList', {})).resolves.toEqual([]);
    } finally {
      cohort.cleanup();
    }
  });
});
