import { renderMessage, type Message, type MessageKey, type MessageParams } from '../../shared/i18n';

export type StoreErrorCode = 'newer_schema' | 'not_found' | 'conflict' | 'locked' | 'invalid';

/**
 * An expected failure of the store or a service, said by its catalog key (`messages.<key>`), so each
 * transport can put it in the coordinator's language; `message` is the English text, for logs.
 */
export class StoreError extends Error {
  readonly said: Message;
  constructor(readonly code: StoreErrorCode, key: MessageKey, params: MessageParams = {}) {
    super(renderMessage('en', { key, params }));
    this.name = 'StoreError';
    this.said = { key, params };
  }
}
