type Listener = () => void;

/**
 * The abort signal of one attempt. Node's `AbortController` is costly to create for every request (an event target
 * behind it), so the undici transport gets this instead: undici reads `aborted` and `reason` and listens through
 * `once`/`removeListener`, as it does for an EventEmitter. `toAbortSignal()` gives a real `AbortSignal` for `fetch`.
 */
export class AttemptSignal {
  aborted = false;
  reason: Error | undefined;
  #listeners: Listener[] = [];

  abort(reason: Error): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    for (const listener of this.#listeners.splice(0)) listener();
  }

  /** Listens for the abort, once; the event name is there for undici's EventEmitter protocol. */
  once(_event: 'abort', listener: Listener): this {
    this.#listeners.push(listener);
    return this;
  }

  /** Same as `once`: an attempt aborts at most once. undici checks that `on` exists. */
  on(event: 'abort', listener: Listener): this {
    return this.once(event, listener);
  }

  removeListener(_event: 'abort', listener: Listener): this {
    const index = this.#listeners.indexOf(listener);
    if (index !== -1) this.#listeners.splice(index, 1);
    return this;
  }

  toAbortSignal(): AbortSignal {
    const controller = new AbortController();
    if (this.aborted) controller.abort(this.reason);
    else this.once('abort', () => controller.abort(this.reason));
    return controller.signal;
  }
}
