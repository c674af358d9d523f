import { APITimeoutError, APIUserAbortError, type TimeoutKind } from '../errors/connection-errors.js';
import { AttemptSignal } from '../transport/attempt-signal.js';
import { onAbort } from '../utils/on-abort.js';
import { sleep } from '../utils/sleep.js';

type Timer = ReturnType<typeof setTimeout>;

/** A timer that does not keep the process alive by itself: while it runs, the request's socket does. */
function startTimer(ms: number, onFire: () => void): Timer {
  const timer = setTimeout(onFire, ms);
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

/**
 * The one place a call's cancellation comes from. Each attempt gets its own
 * `AttemptSignal`, aborted with a typed reason by whichever comes first: the
 * user's signal, the total deadline, the attempt timeout, or the idle timeout
 * between stream chunks. `finish()` clears everything and must run once.
 */
export class CallLifecycle {
  /** Set once the whole call is cancelled (user abort or total timeout): no further attempt may start. */
  cancelReason: Error | undefined;
  #attempt: AttemptSignal | undefined;
  #attemptTimer: Timer | undefined;
  #totalTimer: Timer | undefined;
  #idleTimer: Timer | undefined;
  /** When the reader began waiting for the chunk it still waits for; undefined while it is not waiting. */
  #waitingSince: number | undefined;
  /** Rejects the pending retry `sleep` or `race`, if any. */
  #waiter: ((reason: Error) => void) | undefined;
  /** Stops listening to the user's signal. */
  #unfollow: (() => void) | undefined;

  constructor(userSignal: AbortSignal | undefined, totalTimeout: number | undefined) {
    if (userSignal?.aborted) {
      this.cancelReason = new APIUserAbortError({ cause: userSignal.reason });
      return;
    }
    if (userSignal) {
      this.#unfollow = onAbort(userSignal, () => this.#cancel(new APIUserAbortError({ cause: userSignal.reason })));
    }
    if (totalTimeout !== undefined) {
      this.#totalTimer = startTimer(totalTimeout, () => this.#cancel(new APITimeoutError('total', totalTimeout)));
    }
  }

  /** A fresh signal for the next attempt, aborted after `timeout` ms unless `endAttemptTimer` runs first. */
  startAttempt(timeout: number): AttemptSignal {
    clearTimeout(this.#attemptTimer);
    // A stream that failed before its first byte may have left its idle clock running.
    clearTimeout(this.#idleTimer);
    this.#waitingSince = undefined;
    const signal = new AttemptSignal();
    this.#attempt = signal;
    if (this.cancelReason) signal.abort(this.cancelReason);
    else this.#attemptTimer = startTimer(timeout, () => signal.abort(new APITimeoutError('attempt', timeout)));
    return signal;
  }

  /** The response headers are in and a stream body follows: the attempt timeout stops, the idle timeout starts. */
  endAttemptTimer(idleTimeout: number | undefined): void {
    clearTimeout(this.#attemptTimer);
    if (idleTimeout !== undefined) this.#watchIdle(idleTimeout, idleTimeout);
  }

  /** The reader waits for the next chunk: the idle clock runs until one arrives. */
  startWaiting(): void {
    this.#waitingSince ??= Date.now();
  }

  /** A chunk arrived. Cheap on purpose: the idle timer re-arms itself only when it fires early. */
  touch(): void {
    this.#waitingSince = undefined;
  }

  /** Aborts the current attempt with `reason` (a stream's `abort()`, or leaving a `for await`). */
  abortAttempt(reason: Error): void {
    this.#attempt?.abort(reason);
  }

  /** Why the current attempt was aborted, when it was: the error the caller should see instead of the transport's. */
  abortReason(): Error | undefined {
    return this.#attempt?.reason;
  }

  finish(): void {
    clearTimeout(this.#attemptTimer);
    clearTimeout(this.#totalTimer);
    clearTimeout(this.#idleTimer);
    this.#unfollow?.();
  }

  /**
   * Waits `ms` before a retry, cut short (rejecting) if the call is cancelled meanwhile. Unlike the other timers, this
   * one keeps the process alive: during the back-off nothing else may, and the call must still settle.
   */
  sleep(ms: number): Promise<void> {
    if (this.cancelReason) return Promise.reject(this.cancelReason);
    const cut = new AbortController();
    this.#waiter = (reason) => cut.abort(reason);
    return sleep(ms, cut.signal);
  }

  /**
   * Settles as `work` does, unless the call is cancelled first (its signal, or the total timeout): then rejects at once
   * with the reason. For waits on user code, a key provider or a hook, which no request signal can cut short.
   */
  race<T>(work: T | Promise<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      if (this.cancelReason) return reject(this.cancelReason);
      this.#waiter = reject;
      Promise.resolve(work)
        .then(resolve, reject)
        .finally(() => {
          // A retry's sleep may be waiting by now: it keeps its own.
          if (this.#waiter === reject) this.#waiter = undefined;
        });
    });
  }

  #cancel(reason: Error): void {
    if (this.cancelReason) return;
    this.cancelReason = reason;
    this.#attempt?.abort(reason);
    this.#waiter?.(reason);
    this.finish();
  }

  /** Only the reader's waits count: a reader busy elsewhere while chunks queue up is not a silent server. */
  #watchIdle(idleTimeout: number, wait: number): void {
    this.#idleTimer = startTimer(wait, () => {
      const silentFor = this.#waitingSince === undefined ? 0 : Date.now() - this.#waitingSince;
      if (silentFor >= idleTimeout)
        this.#attempt?.abort(new APITimeoutError('idle' satisfies TimeoutKind, idleTimeout));
      else this.#watchIdle(idleTimeout, idleTimeout - silentFor);
    });
  }
}
