import { redactor } from '../logging/redactor.js';
import { createResponseMeta } from '../meta/response-meta.js';
import { type APIError, createAPIError } from './api-error.js';
import { parseErrorBody } from './parse-error-body.js';

/**
 * The `APIError` for a reply that refused something other than a call, a WebSocket upgrade say: its status, headers
 * and body, scrubbed of the credentials that were sent (`sentHeaders`).
 */
export function apiErrorFromReply(
  status: number,
  headers: Record<string, string>,
  body: string,
  sentHeaders: Record<string, string>,
): APIError {
  return createAPIError(createResponseMeta(status, headers, 1), parseErrorBody(redactor(sentHeaders)(body)));
}
