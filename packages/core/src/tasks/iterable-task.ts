import { APIUserAbortError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { StreamError } from '../errors/stream-error.js';
import { noop } from '../utils/noop.js';
import { onAbort } from '../utils/on-abort.js';
import { weakRefTo } from '../utils/weak-ref-to.js';
import { LazyPromise } from './lazy-promise.js';

/**
 * Unsubscribes a task nobody holds any more from the signal it follows: the task is collected, but a signal that lives
 * on (an app-wide one) would keep its subscription for good. Runtimes without `FinalizationRegistry` go without.
 */
const followReaper: FinalizationRegistry<() => void> | undefined =
  typeof FinalizationRegistry === 'function'
    ? /* @__PURE__ */ new FinalizationRegistry((unfollow) => unfollow())
    : undefined;

/**
 * Work that produces items to iterate once and ends in a result: a stream's events and its assembled completion, a
 * tool run's steps and its final answer. Reading is pulled by the consumer; awaiting the result while nothing iterates
 * reads everything itself. Every way out settles the result: the end, an error (always an `OpenAIError`), leaving the
 * loop early or `abort()` (both `APIUserAbortError`). Packages build their streams and runs on it.
 */
export abstract class IterableTask<Item, Result> implements AsyncIterable<Item> {
  readonly #controller = new AbortController();
  readonly #result: Promise<Result>;
  #resolve: (result: Result) => void = noop;
  #reject: (error: Error) => void = noop;
  #started = false;
  /** The work ended, by its end or an error: leaving after that aborts nothing. */
  #over = false;

  constructor() {
    this.#result = new Promise<Result>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // A result nobody asked for must not surface as an unhandled rejection; callers awaiting it still see the error.
    this.#result.catch(noop);
  }

  /** Aborted by `abort()`: everything the task starts listens to it. */
  protected get signal(): AbortSignal {
    return this.#controller.signal;
  }

  protected abstract produce(): AsyncGenerator<Item, Result>;

  [Symbol.asyncIterator](): AsyncGenerator<Item, void> {
    if (this.#started) throw new StreamError('This was already consumed: iterate it, or read its result, once.');
    this.#started = true;
    const run = this.#run();
    // Closing a generator before its first step skips its `finally`, and closing it while a step is pending waits for
    // that step: leaving (a `ReadableStream` cancelled, say) aborts the task at once, so its result settles and
    // whatever the step waits on is freed.
    const close = run.return.bind(run);
    run.return = (value) => {
      if (!this.#over) this.abort();
      return close(value);
    };
    return run;
  }

  /** Stops everything: a waiting iteration and the result reject with `APIUserAbortError`. */
  abort(reason?: unknown): void {
    if (this.signal.aborted) return;
    this.#controller.abort(reason);
    this.#reject(new APIUserAbortError({ cause: reason }));
  }

  /** Aborts this task when `signal` aborts, until the task is over. */
  protected follow(signal: AbortSignal | undefined): void {
    if (!signal) return;
    if (signal.aborted) {
      this.abort(signal.reason);
      return;
    }
    // Held weakly: a long-lived signal must not keep a task nobody holds any more, nor its unread stream, alive.
    const task = weakRefTo(this);
    const off = onAbort(signal, () => task.deref()?.abort(signal.reason));
    this.#result.then(off, off);
    followReaper?.register(this, off);
  }

  /**
   * Settles the result before the last item is yielded, so a consumer leaving the loop on that item keeps the
   * result rather than aborting the task. The value `produce()` returns later is then ignored.
   */
  protected settleEarly(result: Result): void {
    this.#resolve(result);
  }

  /** Rejects the result before the item that tells of the failure is yielded, for the same reason as `settleEarly`. */
  protected failEarly(error: Error): void {
    this.#reject(error);
  }

  /**
   * The result, or `pick` of it. Holding the promise does nothing; awaiting it while nothing iterates the task reads
   * the items itself, so `const done = task.settled(); for await (…)` still works.
   */
  protected settled<T = Result>(pick?: (result: Result) => T): Promise<T> {
    const promise = pick ? this.#result.then(pick) : (this.#result as Promise<unknown> as Promise<T>);
    promise.catch(noop);
    return new LazyPromise(promise, () => this.#drain());
  }

  #drain(): void {
    if (this.#started) return;
    const items = this[Symbol.asyncIterator]();
    (async () => {
      while (!(await items.next()).done);
    })().catch(noop);
  }

  async *#run(): AsyncGenerator<Item, void> {
    try {
      this.#resolve(yield* this.produce());
      this.#over = true;
    } catch (thrown) {
      this.#over = true;
      const error = this.signal.aborted
        ? new APIUserAbortError({ cause: this.signal.reason })
        : thrown instanceof OpenAIError
          ? thrown
          : new OpenAIError(String((thrown as Error)?.message ?? thrown), { cause: thrown });
      this.#reject(error);
      throw error;
    } finally {
      // The consumer left the loop early.
      if (!this.#over) this.abort();
    }
  }
}
