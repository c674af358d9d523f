import { APITimeoutError, APIUserAbortError } from '@org/core';
import { onAbort } from '@org/core/internal';
import type { RealtimeResponse, RealtimeServerEvent } from './generated/types.js';
import { RealtimeResponseFailedError } from './realtime-response-failed-error.js';
import type { RealtimeTurn } from './realtime-turn.js';
import type { RealtimeResponseOutput, RealtimeTurnResult } from './realtime-turn-result.js';
import { ResponseAssembly } from './response-assembly.js';

/** What a turn asks of its connection. */
export interface TurnHost {
  /** Asks the server to cancel a response (best effort: it may be over already). */
  cancel(responseId: string): void;
  /** The turn is over, or nobody wants it any more: its events go nowhere from now on. */
  release(feed: TurnFeed): void;
}

type Outcome = { result: RealtimeTurnResult } | { error: Error };

/** What a reader of the turn gets next: an event (with the outcome when it is the last), or the end. */
export type Taken = { event: RealtimeServerEvent; outcome: Outcome | undefined } | { end: Outcome };

/**
 * The connection's side of a turn: the events of its responses, queued for the turn's reader, their assembly, the
 * outcome, and the wait for the server. The turn itself (`RealtimeTurn`) only reads it.
 */
export class TurnFeed {
  /** Tags the turn's `response.create` events in their metadata, which the server echoes in `response.created`. */
  readonly tag: string;
  /** Aborted when the turn ends: tools still running for it stop. */
  readonly controller = new AbortController();
  /** The `event_id` of every `response.create` sent for it, so an error naming one fails the turn. */
  readonly eventIds = new Set<string>();
  /** The response in progress. */
  responseId: string | undefined;
  /** Its latest `response.create` went out, so the next untagged `response.created` may be its. */
  sent = false;
  readonly outputs: RealtimeResponseOutput[] = [];
  /** The turn the app holds; none for the turns the connection's tools start after a response the server began. */
  turn: RealtimeTurn | undefined;
  readonly #host: TurnHost;
  readonly #timeoutMs: number;
  #assembly = new ResponseAssembly();
  readonly #events: RealtimeServerEvent[] = [];
  #head = 0;
  #wake: (() => void) | undefined;
  #outcome: Outcome | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #cancelRequested = false;

  constructor(host: TurnHost, tag: string, timeoutMs: number) {
    this.#host = host;
    this.tag = tag;
    this.#timeoutMs = timeoutMs;
  }

  get over(): boolean {
    return this.#outcome !== undefined;
  }

  get assembly(): ResponseAssembly {
    return this.#assembly;
  }

  /** Its `response.create` went out: the server has `timeoutMs` to answer. */
  markSent(): void {
    this.sent = true;
    this.#arm();
  }

  /** Its `response.created` arrived. */
  begin(responseId: string): void {
    this.responseId = responseId;
    this.sent = false;
    this.#assembly = new ResponseAssembly();
    if (this.#cancelRequested) this.#host.cancel(responseId);
  }

  push(event: RealtimeServerEvent): void {
    if (this.#outcome) return;
    this.#events.push(event);
    this.#assembly.accept(event);
    this.#arm();
    this.#notify();
  }

  /** Its response is done: its output, kept among the turn's. */
  responseDone(response: RealtimeResponse): RealtimeResponseOutput {
    const output = this.#assembly.finish(response);
    this.outputs.push(output);
    this.responseId = undefined;
    return output;
  }

  /** Tools answer its function calls: no waiting on the server meanwhile. */
  pause(): void {
    clearTimeout(this.#timer);
  }

  /** Another `response.create` goes out for it, after its tools answered. */
  followUp(eventId: string): void {
    this.eventIds.add(eventId);
    this.sent = false;
  }

  /** Ends with the last response's output: rejects when that response failed. */
  finish(): void {
    const last = this.outputs.at(-1);
    if (!last) return;
    if (last.status === 'failed') this.fail(new RealtimeResponseFailedError(last.response));
    else this.#settle({ result: { ...last, responses: this.outputs } });
  }

  fail(error: Error): void {
    this.#settle({ error });
  }

  /** Asks the server to cancel the response: now if it has started, else as soon as it does. */
  cancel(): void {
    if (this.#outcome) return;
    this.#cancelRequested = true;
    if (this.responseId !== undefined) this.#host.cancel(this.responseId);
  }

  /** Nobody wants the turn any more (`abort()`): the response is cancelled and the feed let go. */
  abandon(): void {
    if (this.#outcome) return;
    if (this.responseId !== undefined) this.#host.cancel(this.responseId);
    this.fail(new APIUserAbortError());
  }

  /** The next event for the reader, or the end, when there is one already: no promise for what is queued. */
  poll(): Taken | undefined {
    return this.#head < this.#events.length || this.#outcome ? this.#take() : undefined;
  }

  /** The next event for the reader, or the end; rejects once `signal` aborts. */
  take(signal: AbortSignal): Promise<Taken> {
    if (this.#head < this.#events.length || this.#outcome) return Promise.resolve(this.#take());
    return new Promise((resolve, reject) => {
      const stop = onAbort(signal, () => {
        this.#wake = undefined;
        reject(new APIUserAbortError({ cause: signal.reason }));
      });
      this.#wake = () => {
        stop();
        resolve(this.#take());
      };
    });
  }

  #take(): Taken {
    if (this.#head >= this.#events.length) return { end: this.#outcome as Outcome };
    const event = this.#events[this.#head++] as RealtimeServerEvent;
    const last = this.#head === this.#events.length;
    if (last) {
      this.#events.length = 0;
      this.#head = 0;
    }
    return { event, outcome: last ? this.#outcome : undefined };
  }

  #settle(outcome: Outcome): void {
    if (this.#outcome) return;
    this.#outcome = outcome;
    clearTimeout(this.#timer);
    this.controller.abort();
    this.#host.release(this);
    this.#notify();
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.responseId !== undefined) this.#host.cancel(this.responseId);
      this.fail(new APITimeoutError('idle', this.#timeoutMs));
    }, this.#timeoutMs);
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
