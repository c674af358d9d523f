import { type APIError, createAPIError } from '../errors/api-error.js';
import { parseErrorBody } from '../errors/parse-error-body.js';
import { redactor } from '../logging/redactor.js';
import type { ResponseMeta } from '../meta/response-meta.js';
import { OAuthError, type OAuthErrorBody } from './oauth-error.js';

/**
 * The error of a failing token endpoint reply, its body scrubbed of the subject token in case it echoes it: an
 * `OAuthError` for a refusal (400, 401, 403), else the `APIError` of its status.
 */
export function tokenEndpointError(meta: ResponseMeta, text: string, subjectToken: string): APIError {
  const scrubbed = redactor({ 'subject-token': subjectToken })(text);
  const { status } = meta;
  if (status === 400 || status === 401 || status === 403) return new OAuthError(meta, parseOAuthBody(scrubbed));
  return createAPIError(meta, parseErrorBody(scrubbed));
}

/** OAuth puts its `error` and `error_description` at the top of the body, not in an `error` object as the API does. */
function parseOAuthBody(text: string): OAuthErrorBody | string | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as OAuthErrorBody;
  } catch {
    // Not JSON: kept as text.
  }
  return text;
}
