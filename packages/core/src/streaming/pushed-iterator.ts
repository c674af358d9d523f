import { APIUserAbortError } from '../errors/connection-errors.js';
import { noop } from '../utils/noop.js';
import { DONE, QueuedIterator } from './queued-iterator.js';

/**
 * Items pushed to one consumer as they come (a tee's branch, a socket's events), then an end or an error. `release`
 * runs when the consumer leaves (`return`) or aborts; `pull` when it waits on an empty queue, if the source is pulled.
 */
export class PushedIterator<T> extends QueuedIterator<T> {
  readonly #release: () => void;
  readonly #pull: () => void;

  constructor(release: () => void, pull: () => void = noop) {
    super();
    this.#release = release;
    this.#pull = pull;
  }

  /** Whether the consumer may still read: not ended, left or aborted. */
  get reading(): boolean {
    return this.isOpen;
  }

  push(item: T): void {
    if (!this.isOpen) return;
    this.items.push(item);
    this.flush();
  }

  /** No more items: the consumer sees those queued, then the end, or `error`. */
  end(error?: Error): void {
    this.close(error);
  }

  return(): Promise<IteratorResult<T>> {
    this.discard();
    this.#release();
    return Promise.resolve(DONE);
  }

  abort(reason?: unknown): void {
    if (this.isDone) return;
    this.discard(new APIUserAbortError({ cause: reason }));
    this.#release();
  }

  protected demand(): void {
    this.#pull();
  }
}
