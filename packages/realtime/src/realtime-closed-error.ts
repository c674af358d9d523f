import { OpenAIError } from '@org/core';

/**
 * The realtime connection closed, or never opened, while this waited: a turn, a confirmation, an audio append.
 * `code` is the WebSocket close code (1006 when the socket was cut off without one); `byClient` says the app closed it.
 */
export class RealtimeClosedError extends OpenAIError {
  static override readonly kind: string = 'RealtimeClosedError';

  readonly code: number;
  readonly reason: string;
  readonly byClient: boolean;

  constructor(code: number, reason: string, byClient: boolean, options?: { opened?: boolean; cause?: unknown }) {
    const how = byClient ? 'was closed' : options?.opened === false ? 'could not open' : 'closed';
    super(`The realtime connection ${how} (code ${code}${reason ? `: ${reason}` : ''}).`, options);
    this.code = code;
    this.reason = reason;
    this.byClient = byClient;
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    RealtimeClosedError: RealtimeClosedError;
  }
}
