import { Stream } from './stream.js';
import { teeIterator } from './tee-iterator.js';

/**
 * Splits a stream into two that each see every item, consuming the original. A branch buffers the items the other
 * has read and it has not, so a branch that is never read buffers the whole stream. The connection is released once
 * both branches are done.
 */
export function teeStream<T>(stream: Stream<T>): [Stream<T>, Stream<T>] {
  const [left, right] = teeIterator(stream[Symbol.asyncIterator]());
  return [new Stream(left, stream.meta), new Stream(right, stream.meta)];
}
