import { APIUserAbortError } from '../errors/connection-errors.js';
import { StreamError } from '../errors/stream-error.js';
import { noop } from '../utils/noop.js';
import { DONE, QueuedIterator } from './queued-iterator.js';
import type { StreamSource } from './stream-source.js';

/** Turns bytes into items; throws a `StreamError` on bad content. */
export interface ChunkDecoder<T> {
  /** Pushes the items this chunk completes; returns true when the content itself says the stream is over. */
  decode(chunk: Uint8Array, items: T[]): boolean;
  /** The bytes ended: pushes what the buffered input still completes. */
  end(items: T[]): void;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new StreamError(String(error));
}

/** Reads chunks only while a consumer waits and none are queued, so the network applies backpressure. */
export class PumpIterator<T> extends QueuedIterator<T> {
  readonly #source: StreamSource;
  readonly #decoder: ChunkDecoder<T>;
  #body: AsyncIterator<Uint8Array> | undefined;

  constructor(source: StreamSource, decoder: ChunkDecoder<T>) {
    super();
    this.#source = source;
    this.#decoder = decoder;
  }

  return(): Promise<IteratorResult<T>> {
    if (this.isOpen) this.#stop(true);
    this.discard();
    return Promise.resolve(DONE);
  }

  abort(reason?: unknown): void {
    if (this.isDone) return;
    let error: Error;
    if (this.isOpen) {
      this.#cancel(reason);
      error = this.#source.mapError(reason);
      this.#source.finish();
    } else {
      // The source already ended; only the queued items are dropped.
      error = new APIUserAbortError({ cause: reason });
    }
    this.discard(error);
  }

  protected demand(): void {
    let read: Promise<IteratorResult<Uint8Array, unknown>>;
    try {
      read = this.#read();
    } catch (error) {
      this.#onError(error);
      return;
    }
    read.then(this.#onRead, this.#onError);
  }

  #read(): Promise<IteratorResult<Uint8Array, unknown>> {
    this.#source.onRead();
    this.#body ??= this.#source.body[Symbol.asyncIterator]();
    return this.#body.next();
  }

  /** Stops the transfer before its end, freeing the connection. */
  #cancel(reason?: unknown): void {
    this.#source.abort(reason);
    this.#body?.return?.().then(undefined, noop);
  }

  // Bound once per stream rather than once per chunk.
  readonly #onRead = (result: IteratorResult<Uint8Array, unknown>): void => {
    // A read that settles after return() or abort() is ignored: the consumer has already been answered.
    if (!this.isOpen) return;
    if (result.done) {
      let error: Error | undefined;
      try {
        this.#decoder.end(this.items);
      } catch (caught) {
        error = toError(caught);
      }
      this.#stop(false);
      this.close(error);
      return;
    }
    this.#source.onChunk();
    let over: boolean;
    let error: Error | undefined;
    try {
      over = this.#decoder.decode(result.value, this.items);
    } catch (caught) {
      over = true;
      error = toError(caught);
    }
    if (over) {
      if (error) this.#stop(true);
      else this.#drain();
      this.close(error);
    } else if (this.items.length === 0) {
      this.demand();
    } else {
      this.flush();
    }
  };

  readonly #onError = (caught: unknown): void => {
    if (!this.isOpen) return;
    const error = this.#source.mapError(caught);
    this.#stop(true);
    this.close(error);
  };

  /**
   * After `[DONE]` the body normally ends at once: reading it to its end keeps the connection for the next request,
   * where cancelling would close it. A body that keeps going is cancelled after a few chunks or a second.
   */
  #drain(): void {
    let chunksLeft = 16;
    const timer = setTimeout(() => this.#cancel(), 1000);
    (timer as { unref?: () => void }).unref?.();
    const settle = (cancel: boolean) => {
      clearTimeout(timer);
      if (cancel) this.#cancel();
      this.#source.finish();
    };
    const next = (): void => {
      this.#read().then(
        (result) => {
          if (result.done) settle(false);
          else if (--chunksLeft === 0) settle(true);
          else next();
        },
        () => settle(false),
      );
    };
    next();
  }

  #stop(cancel: boolean): void {
    if (cancel) this.#cancel();
    this.#source.finish();
  }
}
