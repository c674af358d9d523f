import { JobFailedError } from '@org/core';
import type { Response } from './generated/types.js';
import { ResponseFailedError } from './response-failed-error.js';

/** The error of a background response that ended badly: `ResponseFailedError` when it failed, else `JobFailedError`. */
export function responseJobFailure(response: Response, status: string): Error {
  if (status === 'failed') return new ResponseFailedError(response);
  return new JobFailedError(`response ${response.id}`, status, response);
}
