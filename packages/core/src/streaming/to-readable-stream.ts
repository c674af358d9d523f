import { iterableToReadableStream } from '../utils/iterable-to-readable-stream.js';
import { NDJSON_END, ndjsonLine } from './ndjson-line.js';
import type { Stream } from './stream.js';

/**
 * The stream's items as NDJSON bytes (one JSON value and '\n' per item, then a last `[DONE]` line once the stream has
 * ended whole), consuming the stream: one item is read per pull, and cancelling the readable stops the stream. A
 * stream that fails errors the readable instead. `streamFromReadableStream` rebuilds it on the other side.
 */
export function toReadableStream<T>(stream: Stream<T>): ReadableStream<Uint8Array> {
  return iterableToReadableStream(stream, ndjsonLine, NDJSON_END);
}
