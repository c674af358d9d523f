import type { StreamIterator } from './stream-iterator.js';

/** Shared by every iterator: consumers may keep it, it is frozen. */
export const DONE: IteratorReturnResult<undefined> = /* @__PURE__ */ Object.freeze({ done: true, value: undefined });

/**
 * Items waiting for one consumer, followed by an end or an error. Subclasses produce into `items`,
 * then call `flush()`, `close()` or `discard()`; `demand()` is their cue to produce more.
 */
export abstract class QueuedIterator<T> implements StreamIterator<T> {
  protected readonly items: T[] = [];
  #head = 0;
  /** open: more items may come; closed: no more will, queued items and `#error` remain; done: the consumer saw the end. */
  #state: 'open' | 'closed' | 'done' = 'open';
  #error: Error | undefined;
  #pending: Promise<IteratorResult<T>> | undefined;
  #resolve: ((result: IteratorResult<T>) => void) | undefined;
  #reject: ((error: Error) => void) | undefined;

  /** Called when the consumer waits on an open, empty queue; must eventually flush, close or discard. */
  protected abstract demand(): void;
  abstract return(): Promise<IteratorResult<T>>;
  abstract abort(reason?: unknown): void;

  protected get isOpen(): boolean {
    return this.#state === 'open';
  }

  protected get isDone(): boolean {
    return this.#state === 'done';
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#pending) {
      // Concurrent calls are served in order rather than dropping the first caller's promise.
      const next = () => this.next();
      return this.#pending.then(next, next);
    }
    if (this.#head < this.items.length) return Promise.resolve({ value: this.#take(), done: false });
    const pending = new Promise<IteratorResult<T>>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#pending = pending;
    if (this.#state === 'open') this.demand();
    else this.flush();
    return pending;
  }

  /** Hands the next item, or the end, to a waiting consumer. */
  protected flush(): void {
    const resolve = this.#resolve;
    const reject = this.#reject;
    if (!resolve || !reject) return;
    const hasItem = this.#head < this.items.length;
    if (!hasItem && this.#state === 'open') return;
    this.#pending = undefined;
    this.#resolve = undefined;
    this.#reject = undefined;
    if (hasItem) {
      resolve({ value: this.#take(), done: false });
      return;
    }
    const error = this.#error;
    this.#error = undefined;
    this.#state = 'done';
    if (error) reject(error);
    else resolve(DONE);
  }

  /** No more items will come; `error` is raised once the queued items are out. */
  protected close(error?: Error): void {
    if (this.#state !== 'open') return;
    this.#state = 'closed';
    this.#error = error;
    this.flush();
  }

  /** Ends at once, dropping queued items: the consumer next sees `error`, or the end. */
  protected discard(error?: Error): void {
    this.items.length = 0;
    this.#head = 0;
    this.#error = error;
    this.#state = error ? 'closed' : 'done';
    this.flush();
  }

  #take(): T {
    const item = this.items[this.#head++] as T;
    if (this.#head === this.items.length) {
      this.items.length = 0;
      this.#head = 0;
    }
    return item;
  }
}
