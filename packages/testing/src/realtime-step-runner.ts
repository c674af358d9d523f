import { setTimeout as sleep } from 'node:timers/promises';
import type { WebSocket } from 'ws';
import { event } from './realtime-response.js';
import type { RealtimeStep } from './realtime-step.js';

/**
 * Plays steps on one socket, strictly in order, whichever reply queued them: the events of a response never
 * interleave with another's. It knows which response is in progress, so a `response.cancel` can end it.
 */
export class RealtimeStepRunner {
  readonly #socket: WebSocket;
  readonly #steps: RealtimeStep[] = [];
  readonly #stopped = new AbortController();
  #running = false;
  #stalled = false;
  /** The response whose `response.created` went out and whose `response.done` did not yet. */
  #activeResponse: Record<string, unknown> | undefined;

  constructor(socket: WebSocket) {
    this.#socket = socket;
  }

  play(steps: RealtimeStep[]): void {
    if (this.#stalled || this.#stopped.signal.aborted) return;
    this.#steps.push(...steps);
    if (!this.#running) void this.#run();
  }

  /** The socket closed: nothing more is sent, waits end. */
  stop(): void {
    this.#stopped.abort();
    this.#steps.length = 0;
  }

  /**
   * Ends the response in progress as the API does on `response.cancel`: its remaining events are dropped and a
   * `response.done` with status `cancelled` follows. False when no response is in progress.
   */
  cancel(responseId: unknown): boolean {
    const active = this.#activeResponse;
    if (!active || (typeof responseId === 'string' && responseId !== active.id)) return false;
    const id = active.id;
    const own = (step: RealtimeStep) =>
      'type' in step && (step.response_id === id || (step.response as { id?: unknown } | undefined)?.id === id);
    for (let index = this.#steps.length - 1; index >= 0; index--) {
      if (own(this.#steps[index]!)) this.#steps.splice(index, 1);
    }
    this.#activeResponse = undefined;
    this.play([
      event('response.done', {
        response: { ...active, status: 'cancelled', status_details: { type: 'cancelled', reason: 'client_cancelled' } },
      }),
    ]);
    return true;
  }

  async #run(): Promise<void> {
    this.#running = true;
    try {
      for (let step = this.#steps.shift(); step; step = this.#steps.shift()) {
        if (this.#stopped.signal.aborted) return;
        if (!(await this.#perform(step))) return;
      }
    } finally {
      this.#running = false;
    }
  }

  /** Does one step; false when nothing more may be sent. */
  async #perform(step: RealtimeStep): Promise<boolean> {
    const socket = this.#socket;
    if ('type' in step) {
      if (step.type === 'response.created') this.#activeResponse = step.response as Record<string, unknown>;
      if (step.type === 'response.done') this.#activeResponse = undefined;
      socket.send(JSON.stringify(step));
      return true;
    }
    if ('raw' in step) {
      socket.send(step.raw);
      return true;
    }
    if ('delayMs' in step) {
      return sleep(step.delayMs, true, { signal: this.#stopped.signal }).catch(() => false);
    }
    this.#steps.length = 0;
    if ('close' in step) socket.close(step.close, step.reason);
    else if ('destroy' in step) socket.terminate();
    else this.#stalled = true;
    return false;
  }
}
