import { StreamError } from '../errors/stream-error.js';
import { attachResponseMeta, type ResponseMeta } from '../meta/response-meta.js';
import type { StreamIterator } from './stream-iterator.js';
import { unreadStreamReaper } from './unread-stream-reaper.js';

/**
 * A streamed response: iterate it once with `for await`. Leaving the loop early frees the connection;
 * `abort()` does too, making a waiting iteration raise `APIUserAbortError`. `teeStream` splits it and
 * `toReadableStream` relays it; they are functions rather than methods so a bundle that uses neither carries neither.
 * A stream dropped without ever being read is aborted once it is garbage-collected, freeing its connection.
 */
export class Stream<T> implements AsyncIterable<T> {
  readonly meta: ResponseMeta;
  readonly #iterator: StreamIterator<T>;
  #consumed = false;

  /** `iterator` must not reach back to this stream (through a closure, say), or a stream dropped unread leaks. */
  constructor(iterator: StreamIterator<T>, meta: ResponseMeta) {
    this.#iterator = iterator;
    this.meta = meta;
    attachResponseMeta(this, meta);
    // The iterator must not reach back to this stream, or the stream could never be collected.
    unreadStreamReaper?.register(this, iterator, this);
  }

  /** The one iterator over the items; a second call throws a `StreamError`. */
  [Symbol.asyncIterator](): StreamIterator<T> {
    if (this.#consumed) {
      throw new StreamError('This stream was already consumed: iterate it, tee it or convert it only once.');
    }
    this.#consumed = true;
    unreadStreamReaper?.unregister(this);
    return this.#iterator;
  }

  abort(reason?: unknown): void {
    // Stopped by hand, nothing is left to reap; and the reaper holds the iterator, which keeps the abort error, whose
    // unread stack trace can reach back to this stream and would keep it alive for good.
    unreadStreamReaper?.unregister(this);
    this.#iterator.abort(reason);
  }
}
