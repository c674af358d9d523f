import { APIUserAbortError, OpenAIError } from '@org/core';
import { Deferred } from './deferred.js';
import type { Response } from './generated/types.js';
import { noop } from './noop.js';

/**
 * A tool run in progress: iterate it for its steps (or events) as they happen, and/or await `finalResponse()`, which
 * reads the run to its end itself when nobody iterates. `abort()`, or the `signal` it was given, stops everything:
 * requests, streams and running tools (through their `signal`); the final response then rejects with
 * `APIUserAbortError`.
 */
export class ToolRun<Item> implements AsyncIterable<Item> {
  readonly #controller = new AbortController();
  readonly #final = new Deferred<Response>();
  readonly #generator: AsyncGenerator<Item, Response>;
  readonly #signal: AbortSignal | undefined;
  readonly #onAbort = () => this.abort(this.#signal?.reason);
  #consumed = false;

  /** `run` may `finish` with the final response before yielding its last item, so a reader leaving then loses nothing. */
  constructor(
    run: (signal: AbortSignal, finish: (response: Response) => void) => AsyncGenerator<Item, Response>,
    signal?: AbortSignal,
  ) {
    this.#generator = run(this.#controller.signal, (response) => this.#final.resolve(response));
    this.#signal = signal;
    if (signal?.aborted) this.abort(signal.reason);
    else signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    if (this.#consumed) throw new OpenAIError('This tool run is already being read: iterate it once.');
    this.#consumed = true;
    return { next: () => this.#next(), return: () => this.#return() };
  }

  /** Resolves with the final answer. If nobody iterates the run by the next microtask, it reads the run itself. */
  finalResponse(): Promise<Response> {
    queueMicrotask(() => {
      if (this.#consumed) return;
      const iterator = this[Symbol.asyncIterator]();
      const drain = async () => {
        while (!(await iterator.next()).done);
      };
      drain().catch(noop);
    });
    return this.#final.promise;
  }

  abort(reason?: unknown): void {
    if (this.#final.settled) return;
    const error = new APIUserAbortError({ cause: reason });
    this.#final.reject(error);
    this.#controller.abort(error);
    this.#signal?.removeEventListener('abort', this.#onAbort);
  }

  async #next(): Promise<IteratorResult<Item>> {
    try {
      const result = await this.#generator.next();
      if (!result.done) return result;
      this.#final.resolve(result.value);
      return { done: true, value: undefined };
    } catch (caught) {
      const reason = this.#controller.signal.reason;
      const error =
        reason instanceof Error ? reason : caught instanceof Error ? caught : new OpenAIError(String(caught));
      this.#final.reject(error);
      throw error;
    } finally {
      if (this.#final.settled) this.#signal?.removeEventListener('abort', this.#onAbort);
    }
  }

  async #return(): Promise<IteratorResult<Item>> {
    this.abort();
    await this.#generator.return(undefined as never).catch(noop);
    return { done: true, value: undefined };
  }
}
