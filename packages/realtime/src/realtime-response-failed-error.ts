import { OpenAIError } from '@org/core';
import type { RealtimeResponse } from './generated/types.js';

/** A response ended with `status: 'failed'` in its `response.done`. */
export class RealtimeResponseFailedError extends OpenAIError {
  static override readonly kind: string = 'RealtimeResponseFailedError';

  /** The response as `response.done` gave it. */
  readonly response: RealtimeResponse;
  readonly code: string | null;

  constructor(response: RealtimeResponse) {
    const error = response.status_details?.error;
    super(
      `The realtime response${response.id ? ` ${response.id}` : ''} failed${error?.code ? `: ${error.code}` : '.'}`,
    );
    this.response = response;
    this.code = error?.code ?? null;
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    RealtimeResponseFailedError: RealtimeResponseFailedError;
  }
}
