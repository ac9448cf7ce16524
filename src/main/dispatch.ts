import { ZodError } from 'zod';
import { contract, methodNames, type ApiErrorShape, type Handlers, type MethodName } from '../shared/contract';
import { StoreError } from './store/errors';
import { ImportFailure } from './import';

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

export function toApiError(error: unknown): ApiErrorShape {
  if (error instanceof ApiError) return error.shape;
  if (error instanceof ZodError) return { code: 'invalid_params', message: `Invalid input — ${describeZodError(error)}` };
  if (error instanceof ImportFailure) return { code: 'refused', message: error.message, details: error.issues };
  if (error instanceof StoreError) {
    const code = error.code === 'not_found' ? 'not_found' : error.code === 'invalid' ? 'invalid_params' : 'conflict';
    return { code, message: error.message };
  }
  if (error instanceof SyntaxError) return { code: 'invalid_params', message: 'The request body is not valid JSON' };
  return { code: 'internal', message: error instanceof Error ? error.message : 'Unexpected error' };
}

/**
 * Calls one method of the handler map with untrusted input: the method name is checked against the
 * contract and the params against its schema before the handler runs.
 */
export async function dispatch(handlers: Handlers, method: string, rawParams: unknown): Promise<unknown> {
  if (!isMethodName(method)) throw new ApiError({ code: 'unknown_method', message: `Unknown method ${method.slice(0, 80)}` });
  const params = contract[method].params.parse(rawParams ?? {});
  const handler = handlers[method] as (params: unknown) => unknown;
  return await handler(params);
}
