import { type StreamFromReadableStreamOptions, streamFromReadableStream } from '@org/core';
import type { ResponseStreamEvent } from './generated/types.js';
import { ResponseEventIterator } from './response-event-iterator.js';
import { ResponseStream } from './response-stream.js';

/**
 * Rebuilds a `ResponseStream` from the bytes of `responseStream.toReadableStream()`, relayed by an app's own
 * backend (to a browser, say). Failures relayed as events (`error`, `response.failed`) raise the same typed errors;
 * a relay cannot be resumed from here, so a drop raises `APIConnectionError`.
 */
export function responseStreamFromReadableStream(
  readable: ReadableStream<Uint8Array>,
  options?: StreamFromReadableStreamOptions,
): ResponseStream {
  const stream = streamFromReadableStream<ResponseStreamEvent>(readable, options);
  return new ResponseStream(new ResponseEventIterator(stream), stream.meta);
}
