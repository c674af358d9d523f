import { iteratorToReadableStream } from './iterator-to-readable-stream.js';
import type { Stream } from './stream.js';

/**
 * The stream's items as NDJSON bytes (one JSON value and '\n' per item), consuming the stream: one item is read per
 * pull, and cancelling the readable aborts the stream. `streamFromReadableStream` rebuilds it on the other side.
 */
export function toReadableStream<T>(stream: Stream<T>): ReadableStream<Uint8Array> {
  return iteratorToReadableStream(stream[Symbol.asyncIterator]());
}
