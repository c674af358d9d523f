import { QueuedIterator } from '@org/core/internal';

/**
 * Events pushed as they arrive, for one consumer that reads at its own pace. `onLeave` runs when the consumer leaves
 * early (`break`, `return`, a throw in the loop).
 */
export class EventIterator<T> extends QueuedIterator<T> {
  readonly #onLeave: () => void;

  constructor(onLeave: () => void) {
    super();
    this.#onLeave = onLeave;
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

  protected demand(): void {}

  return(): Promise<IteratorResult<T>> {
    const leaving = this.isOpen;
    this.discard();
    if (leaving) this.#onLeave();
    return Promise.resolve({ done: true, value: undefined });
  }

  abort(reason?: unknown): void {
    this.discard(reason instanceof Error ? reason : new Error(String(reason)));
    this.#onLeave();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
