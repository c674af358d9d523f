import { StreamError } from '../errors/stream-error.js';
import { excerpt } from '../utils/excerpt.js';
import { errorBodyOf, streamErrorFromPayload } from './stream-error-from-payload.js';
import { tryParseJson } from './try-parse-json.js';

/**
 * The error for a JSON body where an event stream was asked for (a compatible server that ignores `stream: true`, or
 * one that sends its error with a success status): the server's own error when the body is one, else that no stream
 * came, quoting the body.
 */
export function jsonReplyError(json: string): StreamError {
  if (errorBodyOf(tryParseJson(json))) return streamErrorFromPayload(json);
  return new StreamError(`Expected an event stream, but the server sent JSON: ${excerpt(json)}`);
}
