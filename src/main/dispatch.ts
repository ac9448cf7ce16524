import { ZodError } from 'zod';
import { contract, methodNames, type ApiErrorShape, type Handlers, type MethodName } from '../shared/contract';
import { StoreError } from './store/errors';
import { ImportFailure } from './import';
import { renderMessage, type MessageKey, type MessageParams } from '../shared/i18n';

/** An error that crosses a transport: a code, a sentence for the coordinator, and where it applies. */
export class ApiError extends Error {
  constructor(readonly shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
  }
}

export function isMethodName(name: string): name is MethodName {
  return (methodNames as string[]).includes(name);
}

function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'params'}: ${issue.message}`)
    .join('; ');
}

/** An error shape said by its catalog key, with the English text beside it. */
export function saidError(code: ApiErrorShape['code'], key: MessageKey, params: MessageParams = {}): ApiErrorShape {
  return { code, message: renderMessage('en', { key, params }), key, params };
}

export function toApiError(error: unknown): ApiErrorShape {
  if (error instanceof ApiError) return error.shape;
  if (error instanceof ZodError) return saidError('invalid_params', 'api.invalidInput', { detail: describeZodError(error) });
  if (error instanceof ImportFailure) {
    // One issue (the usual refusal) is said in the coordinator's language; several are listed in `details`.
    const [only] = error.issues;
    const said = error.issues.length === 1 ? { key: only.key, params: only.params } : {};
    return { code: 'refused', message: error.message, ...said, details: error.issues };
  }
  if (error instanceof StoreError) {
    const code = error.code === 'not_found' ? 'not_found' : error.code === 'invalid' ? 'invalid_params' : 'conflict';
    return { code, message: error.message, key: error.said.key, params: error.said.params ?? {} };
  }
  if (error instanceof SyntaxError) return saidError('invalid_params', 'api.invalidJson');
  return { code: 'internal', message: error instanceof Error ? error.message : 'Unexpected error' };
}

/**
 * Calls one method of the handler map with untrusted input: the method name is checked against the
 * contract and the params against its schema before the handler runs.
 */
export async function dispatch(handlers: Handlers, method: string, rawParams: unknown): Promise<unknown> {
  if (!isMethodName(method)) throw new ApiError(saidError('unknown_method', 'api.unknownMethod', { method: method.slice(0, 80) }));
  const params = contract[method].params.parse(rawParams ?? {});
  const handler = handlers[method] as (params: unknown) => unknown;
  return await handler(params);
}
