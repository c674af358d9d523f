import { APIUserAbortError } from '../errors/connection-errors.js';
import type { ResponseMeta } from '../meta/response-meta.js';
import { IterableTask } from '../tasks/iterable-task.js';
import { noop } from '../utils/noop.js';
import type { Stream } from './stream.js';

/**
 * The base of every stream helper (a chat completion stream, a response stream, a run stream): made at once, not
 * awaited; iterated once for typed events; its `final…()` promises, and `done()`, read it to the end themselves when
 * nothing iterates it. Its streamed calls are opened through `connect`, so `abort()` closes them and `meta` tells of
 * the first.
 */
export abstract class StreamHelper<Event, Result> extends IterableTask<Event, Result> {
  #connection: Stream<unknown> | undefined;
  #meta: ResponseMeta | undefined;

  /** The HTTP response's metadata (request id, rate limits) of the first streamed call, once it has arrived. */
  get meta(): ResponseMeta | undefined {
    return this.#meta;
  }

  /** Settles once the stream is over: resolves at its end, rejects as its `final…()` promises do. */
  done(): Promise<void> {
    return this.settled(noop);
  }

  override abort(reason?: unknown): void {
    super.abort(reason);
    this.#connection?.abort(new APIUserAbortError({ cause: reason }));
  }

  /**
   * Takes a streamed call (or one opening) as this helper's current connection. The opening is reported through the
   * iteration or the result, so it never goes unhandled by itself.
   */
  protected connect<T>(opening: Stream<T> | Promise<Stream<T>>): Promise<Stream<T>> {
    const connection = Promise.resolve(opening).then((stream) => {
      this.#meta ??= stream.meta;
      this.#connection = stream;
      if (this.signal.aborted) stream.abort();
      return stream;
    });
    connection.catch(noop);
    return connection;
  }
}
