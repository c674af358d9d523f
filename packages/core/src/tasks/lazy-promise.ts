/**
 * A promise that runs `start` when first awaited (`then`, `catch` or `finally`), so that merely holding it does
 * nothing. `promise` must already have a rejection handler: one that is never awaited must not go unhandled.
 */
export class LazyPromise<T> implements Promise<T> {
  readonly [Symbol.toStringTag] = 'Promise';
  readonly #promise: Promise<T>;
  readonly #start: () => void;

  constructor(promise: Promise<T>, start: () => void) {
    this.#promise = promise;
    this.#start = start;
  }

  // biome-ignore lint/suspicious/noThenProperty: being awaited is the point of this class
  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#start();
    return this.#promise.then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    this.#start();
    return this.#promise.finally(onFinally);
  }
}
