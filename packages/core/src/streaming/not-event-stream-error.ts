import { InvalidResponseError } from '../errors/invalid-response-error.js';
import type { StreamError } from '../errors/stream-error.js';
import type { ResponseMeta } from '../meta/response-meta.js';
import { excerpt } from '../utils/excerpt.js';
import { errorBodyOf, streamErrorFromPayload } from './stream-error-from-payload.js';
import { tryParseJson } from './try-parse-json.js';

/**
 * The error for a body that is not events where an event stream was asked for: the server's own error when the body
 * is one (a compatible server that sends its error with a success status), else an `InvalidResponseError` quoting it
 * (JSON from a server that ignored `stream: true`, an HTML page from a proxy). `text` is already scrubbed.
 */
export function notEventStreamError(text: string, meta: ResponseMeta): StreamError | InvalidResponseError {
  if (errorBodyOf(tryParseJson(text))) return streamErrorFromPayload(text);
  return new InvalidResponseError(meta, excerpt(text), 'event stream');
}
