export type StoreErrorCode = 'newer_schema' | 'not_found' | 'conflict' | 'locked' | 'invalid';

/** An expected failure of the store, with a message fit for the coordinator. */
export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
