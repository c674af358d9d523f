import type { APIError } from './api-error.js';
import { isErrorKind } from './is-error-kind.js';

/** Whether a value is an error status from the server, from this copy of the package, another copy or another realm. */
export function isAPIError(value: unknown): value is APIError {
  return isErrorKind(value, 'APIError');
}
