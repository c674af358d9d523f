/**
 * The browser build's `AttemptSignal`: an `AbortController`'s signal, which `fetch` needs anyway. The Node build
 * uses a lighter object that undici listens to (`attempt-signal.ts`).
 */
export class AttemptSignal {
  readonly #controller = new AbortController();

  get aborted(): boolean {
    return this.#controller.signal.aborted;
  }

  get reason(): Error | undefined {
    return this.#controller.signal.reason;
  }

  abort(reason: Error): void {
    this.#controller.abort(reason);
  }

  toAbortSignal(): AbortSignal {
    return this.#controller.signal;
  }
}
