import { StreamError } from '../errors/stream-error.js';
import { attachResponseMeta, type ResponseMeta } from '../meta/response-meta.js';
import { iteratorToReadableStream } from './iterator-to-readable-stream.js';
import type { StreamIterator } from './stream-iterator.js';
import { teeIterator } from './tee-iterator.js';

/**
 * A streamed response: iterate it once with `for await`. Leaving the loop early frees the connection;
 * `abort()` does too, making a waiting iteration raise `APIUserAbortError`.
 */
export class Stream<T> implements AsyncIterable<T> {
  readonly meta: ResponseMeta;
  readonly #iterator: StreamIterator<T>;
  #consumed = false;

  constructor(iterator: StreamIterator<T>, meta: ResponseMeta) {
    this.#iterator = iterator;
    this.meta = meta;
    attachResponseMeta(this, meta);
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.#consume();
  }

  abort(reason?: unknown): void {
    this.#iterator.abort(reason);
  }

  /**
   * Splits the stream into two that each see every item. A branch buffers the items the other has read and it has
   * not, so a branch that is never read buffers the whole stream. The connection is released once both are done.
   */
  tee(): [Stream<T>, Stream<T>] {
    const [left, right] = teeIterator(this.#consume());
    return [new Stream(left, this.meta), new Stream(right, this.meta)];
  }

  /** The items as NDJSON bytes (one JSON value and '\n' per item), read one item per pull; cancel aborts. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return iteratorToReadableStream(this.#consume());
  }

  #consume(): StreamIterator<T> {
    if (this.#consumed) {
      throw new StreamError('This stream was already consumed: iterate it, tee() it or convert it only once.');
    }
    this.#consumed = true;
    return this.#iterator;
  }
}
