import { iterableToReadableStream } from '../utils/iterable-to-readable-stream.js';
import { ndjsonLine } from './ndjson-line.js';
import type { Stream } from './stream.js';

/**
 * The stream's items as NDJSON bytes (one JSON value and '\n' per item), consuming the stream: one item is read per
 * pull, and cancelling the readable stops the stream. `streamFromReadableStream` rebuilds it on the other side.
 */
export function toReadableStream<T>(stream: Stream<T>): ReadableStream<Uint8Array> {
  return iterableToReadableStream(stream, ndjsonLine);
}
