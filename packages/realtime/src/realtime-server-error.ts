import { OpenAIError } from '@org/core';
import type { RealtimeServerEventError } from './generated/types.js';

/** The server sent an `error` event; `eventId` names the client event that caused it, when the server said so. */
export class RealtimeServerError extends OpenAIError {
  static override readonly kind: string = 'RealtimeServerError';

  readonly type: string;
  readonly code: string | null;
  readonly param: string | null;
  /** The `event_id` of the client event the error is about. */
  readonly eventId: string | null;
  /** The `error` event as the server sent it. */
  readonly event: RealtimeServerEventError;

  constructor(event: RealtimeServerEventError) {
    const { error } = event;
    super(`${error.message}${error.code ? ` (${error.code})` : ''}`);
    this.type = error.type;
    this.code = error.code ?? null;
    this.param = error.param ?? null;
    this.eventId = error.event_id ?? null;
    this.event = event;
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    RealtimeServerError: RealtimeServerError;
  }
}
