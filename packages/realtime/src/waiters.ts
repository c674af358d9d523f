import { APITimeoutError } from '@org/core';
import { noop } from '@org/core/internal';
import type { RealtimeServerEvent } from './generated/types.js';

interface Waiter {
  test: (event: RealtimeServerEvent) => boolean;
  resolve: (event: RealtimeServerEvent) => void;
  reject: (error: Error) => void;
  /** The client event it confirms; an `error` naming it rejects the wait. */
  eventId: string | undefined;
  /** Its client event went out: only then can an event confirm it. */
  sent: boolean;
  /** A confirmation takes one event, the first that fits, so two updates in flight get one `session.updated` each. */
  exclusive: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** A wait for a server event, and how to start it once its client event has gone out. */
export interface Wait<T> {
  promise: Promise<T>;
  sent(): void;
}

/** Promises waiting for server events: confirmations of what the app sent, and `waitFor`. */
export class Waiters {
  readonly #list: Waiter[] = [];
  readonly #timeoutMs: number;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  get size(): number {
    return this.#list.length;
  }

  /**
   * A confirmation: settles with the first event `test` accepts after `sent()`; rejects after `timeout` without one.
   * The promise is marked handled: the app may ignore it.
   */
  confirm(eventId: string, test: (event: RealtimeServerEvent) => boolean): Wait<RealtimeServerEvent> {
    const waiter = this.#add(test, eventId, true, false);
    return {
      promise: waiter.promise,
      sent: () => {
        waiter.entry.sent = true;
        waiter.entry.timer = setTimeout(() => {
          this.#remove(waiter.entry);
          waiter.entry.reject(new APITimeoutError('idle', this.#timeoutMs));
        }, this.#timeoutMs);
      },
    };
  }

  /** Every event `test` accepts from now on, until the connection closes; no timeout. */
  next(test: (event: RealtimeServerEvent) => boolean): Promise<RealtimeServerEvent> {
    return this.#add(test, undefined, false, true).promise;
  }

  settle(event: RealtimeServerEvent): void {
    let confirmed = false;
    // Called for every event while anything waits: no copy of the list unless an event settles a wait.
    for (let index = 0; index < this.#list.length; ) {
      const waiter = this.#list[index] as Waiter;
      if (!waiter.sent || (waiter.exclusive && confirmed) || !waiter.test(event)) {
        index++;
        continue;
      }
      confirmed ||= waiter.exclusive;
      clearTimeout(waiter.timer);
      this.#list.splice(index, 1);
      waiter.resolve(event);
    }
  }

  /** Rejects the wait for the client event `eventId`, if any. */
  rejectEvent(eventId: string, error: Error): boolean {
    const waiter = this.#list.find((candidate) => candidate.eventId === eventId);
    if (!waiter) return false;
    this.#remove(waiter);
    waiter.reject(error);
    return true;
  }

  /** The socket dropped: waits whose event went out reject; those still queued wait for the next socket. */
  rejectSent(error: Error): void {
    for (const waiter of [...this.#list]) {
      if (waiter.sent && waiter.eventId !== undefined) {
        this.#remove(waiter);
        waiter.reject(error);
      }
    }
  }

  rejectAll(error: Error): void {
    for (const waiter of this.#list.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }

  #add(
    test: (event: RealtimeServerEvent) => boolean,
    eventId: string | undefined,
    exclusive: boolean,
    sent: boolean,
  ): { promise: Promise<RealtimeServerEvent>; entry: Waiter } {
    let entry!: Waiter;
    const promise = new Promise<RealtimeServerEvent>((resolve, reject) => {
      entry = { test, resolve, reject, eventId, sent, exclusive, timer: undefined };
    });
    promise.catch(noop);
    this.#list.push(entry);
    return { promise, entry };
  }

  #remove(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    const index = this.#list.indexOf(waiter);
    if (index !== -1) this.#list.splice(index, 1);
  }
}
