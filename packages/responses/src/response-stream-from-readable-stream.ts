import { type StreamFromReadableStreamOptions, streamFromReadableStream } from '@org/core';
import type { ResponseStreamEvent } from './generated/types.js';
import { ResponseStream } from './response-stream.js';

/**
 * Rebuilds a `ResponseStream` from the bytes of `stream.toReadableStream()`, relayed by an app's own backend (to a
 * browser, say). Failures relayed as events (`error`, `response.failed`) raise the same typed errors; a relay cannot
 * be resumed from here, so a drop raises `APIConnectionError`, and a relay cut short on the way
 * `StreamTruncatedError`. `signal` aborts it.
 */
export function responseStreamFromReadableStream(
  readable: ReadableStream<Uint8Array>,
  options?: StreamFromReadableStreamOptions,
): ResponseStream {
  const { lenientStreamEnd } = options ?? {};
  const events = streamFromReadableStream<ResponseStreamEvent>(readable, { lenientStreamEnd });
  return new ResponseStream(events, {}, options?.signal);
}
