import { OpenAIError } from './openai-error.js';

/** The request never got a complete HTTP response: DNS, refused or reset connection, broken body. */
export class APIConnectionError extends OpenAIError {
  static override readonly kind: string = 'APIConnectionError';

  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Which of the three timeouts fired: one attempt, the whole call with its retries, or the gap between stream chunks. */
export type TimeoutKind = 'attempt' | 'total' | 'idle';

export class APITimeoutError extends APIConnectionError {
  static override readonly kind: string = 'APITimeoutError';

  constructor(
    readonly timeoutKind: TimeoutKind,
    readonly timeoutMs: number,
  ) {
    super(`Request timed out: the ${timeoutKind} timeout of ${timeoutMs} ms passed.`);
  }
}

/** The caller aborted through their `signal`, `stream.abort()` or by leaving a `for await` loop. */
export class APIUserAbortError extends OpenAIError {
  static override readonly kind: string = 'APIUserAbortError';

  constructor(options?: { cause?: unknown }) {
    super('Request was aborted.', options);
  }
}
