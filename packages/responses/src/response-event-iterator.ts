import { APIUserAbortError, OpenAIError, type Stream, StreamError } from '@org/core';
import { onAbort, type StreamIterator, weakRefTo } from '@org/core/internal';
import type { ResponseStreamEvent } from './generated/types.js';
import { ResponseAssembly } from './response-assembly.js';
import type { ResponseStreamCursor } from './response-stream-cursor.js';
import { isResumableError, type ResumePolicy, resumeDelay } from './resume-options.js';
import { sleep } from './sleep.js';
import { errorEventOf, failureOf } from './stream-failure.js';

/** Reopens a response's stream after the cursor; `signal` aborts when the stream is stopped. */
export type Reconnect = (cursor: ResponseStreamCursor, signal: AbortSignal) => Promise<Stream<ResponseStreamEvent>>;

export interface ResponseEventSettings {
  /** The request asked for `background: true`. */
  background?: boolean;
  reconnect?: Reconnect;
  resume?: ResumePolicy;
  signal?: AbortSignal | undefined;
  /** Where a stream reopened from a cursor starts. */
  cursor?: ResponseStreamCursor;
}

/**
 * The events of one response, over one connection or, for a background response that drops, several: each event is
 * folded into `assembly`, and events a reconnect replays are not delivered twice.
 */
export class ResponseEventIterator implements StreamIterator<ResponseStreamEvent> {
  readonly assembly: ResponseAssembly;
  readonly #settings: ResponseEventSettings;
  readonly #generator: AsyncGenerator<ResponseStreamEvent, undefined>;
  readonly #stopper = new AbortController();
  /** Stops listening to the caller's signal. */
  readonly #unfollow: (() => void) | undefined;
  #connection: Stream<ResponseStreamEvent> | undefined;
  #stopped: Error | undefined;
  #returned = false;
  #finished = false;

  constructor(first: Stream<ResponseStreamEvent>, settings: ResponseEventSettings = {}) {
    this.assembly = new ResponseAssembly(settings.background === true, settings.cursor);
    this.#connection = first;
    this.#settings = settings;
    this.#generator = this.#run();
    const { signal } = settings;
    // Held weakly: a long-lived signal must not keep an iterator nobody holds any more, nor its unread stream, alive.
    const iterator = weakRefTo(this);
    if (signal) this.#unfollow = onAbort(signal, () => iterator.deref()?.abort(signal.reason));
  }

  next(): Promise<IteratorResult<ResponseStreamEvent>> {
    return this.#generator.next();
  }

  async return(): Promise<IteratorResult<ResponseStreamEvent>> {
    this.#returned = true;
    this.#stop(new APIUserAbortError());
    const result = await this.#generator.return(undefined);
    this.#finish();
    return result;
  }

  abort(reason?: unknown): void {
    this.#stop(new APIUserAbortError({ cause: reason }));
  }

  #stop(error: Error): void {
    if (this.#finished || this.#stopped) return;
    this.#stopped = error;
    this.assembly.final.reject(error);
    this.#stopper.abort(error);
    this.#connection?.abort();
    // A stream stopped before it was ever iterated never finishes: let go of the caller's signal now.
    this.#unfollow?.();
  }

  #finish(): void {
    this.#finished = true;
    this.#unfollow?.();
  }

  async *#run(): AsyncGenerator<ResponseStreamEvent, undefined> {
    try {
      yield* this.#events();
    } catch (caught) {
      const error = this.#stopped ?? (caught instanceof Error ? caught : new OpenAIError(String(caught)));
      this.assembly.final.reject(error);
      if (!this.#returned) throw error;
    } finally {
      this.#finish();
    }
    return undefined;
  }

  async *#events(): AsyncGenerator<ResponseStreamEvent, undefined> {
    const { assembly } = this;
    /** The last break of the connection: raised if reconnecting never completes the response. */
    let drop: unknown;
    /** The last event number delivered before the current connection opened: a stream reopened after it replays. */
    let seenThrough = this.#settings.cursor?.lastSequenceNumber;
    for (let failures = 0; ; ) {
      let dropped: unknown;
      let failure: Error | undefined;
      try {
        if (!this.#connection) {
          seenThrough = assembly.lastSequenceNumber;
          this.#connection = await this.#reopen();
        }
        for await (const event of this.#connection) {
          if (!assembly.accept(event, seenThrough)) continue;
          failures = 0;
          failure = failureOf(event);
          // Settled before the event is handed over, so a consumer leaving the loop on it still gets this error.
          if (failure) assembly.final.reject(failure);
          yield event;
          failure = this.#stopped ?? failure;
          if (failure) break;
        }
      } catch (error) {
        dropped = error;
      }
      this.#connection = undefined;
      if (this.#stopped || failure) throw this.#stopped ?? failure;
      if (assembly.final.settled) return undefined;
      if (dropped !== undefined) drop = dropped;
      const resume = this.#resumePolicy(dropped, failures);
      if (!resume) {
        if (drop === undefined) {
          assembly.endEarly();
          return undefined;
        }
        if (drop instanceof StreamError && drop.error) {
          assembly.final.reject(drop);
          yield errorEventOf(drop, assembly.lastSequenceNumber);
        }
        throw drop;
      }
      await sleep(resumeDelay(resume, ++failures), this.#stopper.signal);
    }
  }

  /** The policy to reconnect by, when this drop (or early end: `dropped` undefined) is worth a reconnect. */
  #resumePolicy(dropped: unknown, failures: number): ResumePolicy {
    const { resume, reconnect } = this.#settings;
    const { background, responseId } = this.assembly;
    if (!resume || !reconnect || !background || responseId === undefined || failures >= resume.maxAttempts)
      return false;
    return dropped === undefined || isResumableError(dropped) ? resume : false;
  }

  #reopen(): Promise<Stream<ResponseStreamEvent>> {
    const { cursor } = this.assembly;
    const reconnect = this.#settings.reconnect;
    // #resumePolicy let us here only with both.
    if (!cursor || !reconnect) throw new StreamError('The stream cannot be reopened.');
    return reconnect(cursor, this.#stopper.signal);
  }
}
