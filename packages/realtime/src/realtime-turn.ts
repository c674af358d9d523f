import { IterableTask, noop } from '@org/core/internal';
import type { RealtimeServerEvent } from './generated/types.js';
import type { RealtimeTurnResult } from './realtime-turn-result.js';
import type { TurnFeed } from './turn-feed.js';

/**
 * One response the app asked for (`createResponse`), and the ones that follow it when the connection's tools answer
 * function calls: returned at once, like every stream helper. Iterate it (once) for the events of its responses;
 * await `result()` for the assembled text, audio, transcript and function calls, which reads the turn itself when
 * nothing iterates it; `done()` settles with it. It rejects with `RealtimeServerError` (an `error` event about it),
 * `RealtimeResponseFailedError`, `RealtimeClosedError` (the socket closed first), `APITimeoutError` (the server went
 * quiet for `timeout`) or `APIUserAbortError` (`abort()`, or leaving the loop early, which also cancels the response).
 */
export class RealtimeTurn extends IterableTask<RealtimeServerEvent, RealtimeTurnResult> {
  readonly #feed: TurnFeed;

  /** Made by `RealtimeConnection.createResponse`. */
  constructor(feed: TurnFeed) {
    super();
    this.#feed = feed;
  }

  /** The last response's output, with every response of the turn. */
  result(): Promise<RealtimeTurnResult> {
    return this.settled();
  }

  /** Settles once the turn is over: resolves at its end, rejects as `result()` does. */
  done(): Promise<void> {
    return this.settled(noop);
  }

  /**
   * Asks the server to cancel the response (now, or as soon as it starts): the turn then ends with what arrived, its
   * status `cancelled`.
   */
  cancel(): void {
    this.#feed.cancel();
  }

  /** Stops waiting: the result rejects with `APIUserAbortError` at once, and the response is cancelled. */
  override abort(reason?: unknown): void {
    super.abort(reason);
    this.#feed.abandon();
  }

  /** The id of the response in progress, once the server has created it. */
  get responseId(): string | undefined {
    return this.#feed.responseId;
  }

  /** The text of the response in progress so far. */
  get text(): string {
    return this.#feed.assembly.text;
  }

  /** The audio transcript of the response in progress so far. */
  get transcript(): string {
    return this.#feed.assembly.transcript;
  }

  protected async *produce(): AsyncGenerator<RealtimeServerEvent, RealtimeTurnResult> {
    for (;;) {
      const next = this.#feed.poll() ?? (await this.#feed.take(this.signal));
      const outcome = 'end' in next ? next.end : next.outcome;
      // Settled before the last event is handed over, so a reader leaving the loop on it keeps the outcome.
      if (outcome && 'error' in outcome) this.failEarly(outcome.error);
      else if (outcome) this.settleEarly(outcome.result);
      if ('event' in next) {
        yield next.event;
        continue;
      }
      if ('error' in next.end) throw next.end.error;
      return next.end.result;
    }
  }
}
