import { APIConnectionError, APIUserAbortError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { createResponseMeta } from '../meta/response-meta.js';
import { noop } from '../utils/noop.js';
import { onAbort } from '../utils/on-abort.js';
import { DEFAULT_MAX_BUFFER_SIZE } from './buffer-limit.js';
import { NdjsonDecoder } from './ndjson-decoder.js';
import { PumpIterator } from './pump-iterator.js';
import { Stream } from './stream.js';
import type { StreamSource } from './stream-source.js';

export interface StreamFromReadableStreamOptions {
  /** Aborting it aborts the stream, as `stream.abort()` does. */
  signal?: AbortSignal;
  /**
   * Take the end of the bytes as the end of the stream, even without the last `[DONE]` line: for NDJSON from a
   * producer that does not write one. A line cut short still raises.
   */
  lenientStreamEnd?: boolean;
}

/**
 * Rebuilds a `Stream` from the NDJSON bytes of `toReadableStream(stream)`, e.g. relayed by an app's backend to a
 * browser. Its `meta` is synthetic: status 200, no headers. Aborting it cancels the readable stream. Bytes that end
 * before their `[DONE]` line, or in the middle of a line, were cut short on the way: the stream raises a
 * `StreamTruncatedError` after the whole lines.
 */
export function streamFromReadableStream<T>(
  readable: ReadableStream<Uint8Array>,
  options?: StreamFromReadableStreamOptions,
): Stream<T> {
  const reader = readable.getReader();
  const signal = options?.signal;
  let cancelled = false;
  let unfollow: (() => void) | undefined;
  const meta = createResponseMeta(200, {}, 1);
  const source: StreamSource = {
    // The reader's results are iterator results: it iterates as it is, and stays at hand to cancel a pending read.
    body: { [Symbol.asyncIterator]: () => ({ next: () => reader.read() as Promise<IteratorResult<Uint8Array>> }) },
    meta,
    abort: (reason) => {
      cancelled = true;
      reader.cancel(reason).then(undefined, noop);
    },
    onRead: noop,
    onChunk: noop,
    finish: () => unfollow?.(),
    mapError: (error) => {
      if (cancelled) return new APIUserAbortError({ cause: error });
      if (error instanceof OpenAIError) return error;
      return new APIConnectionError('The stream broke before its end.', { cause: error });
    },
  };
  const decoder = new NdjsonDecoder<T>(DEFAULT_MAX_BUFFER_SIZE, options?.lenientStreamEnd ? 'line' : 'done');
  const iterator = new PumpIterator<T>(source, decoder);
  // No callback here may reach the stream itself: the iterator's would keep it from ever being collected and reaped.
  if (signal?.aborted) iterator.abort(signal.reason);
  else if (signal) unfollow = onAbort(signal, () => iterator.abort(signal.reason));
  return new Stream<T>(iterator, meta);
}
