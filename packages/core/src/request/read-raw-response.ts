import { watchedBody } from '../response/watched-body.js';
import { iterableToReadableStream } from '../utils/iterable-to-readable-stream.js';
import type { ResponseSource } from './response-source.js';

/**
 * Reads a reply for `asResponse()`: a web `Response` whose body is still unread, and still on the call's clocks (the
 * idle and total timeouts, the signal) until it is read or cancelled.
 */
export function readRawResponse(source: ResponseSource): Response {
  const { status, statusText, headers } = source.meta;
  // A 204 or 205 carries no body, and `Response` refuses one.
  const empty = status === 204 || status === 205;
  if (empty) source.finish();
  return new Response(empty ? null : iterableToReadableStream(watchedBody(source)), { status, statusText, headers });
}
