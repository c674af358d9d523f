import { OpenAIError } from '@org/core';
import type { Response, ResponseError } from './generated/types.js';

/** The response ended with `status: 'failed'` (a `response.failed` event, or a failed response fetched or parsed). */
export class ResponseFailedError extends OpenAIError {
  static override readonly kind: string = 'ResponseFailedError';

  /** The failed response, as the server sent it. */
  readonly response: Response;
  /** The response's own error: `{ code, message }`, or null when the server gave none. */
  readonly error: ResponseError;
  readonly code: string | null;

  constructor(response: Response) {
    super(`The response failed${response.error ? `: ${response.error.message}` : ' without details.'}`);
    this.response = response;
    this.error = response.error ?? null;
    this.code = response.error?.code ?? null;
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    ResponseFailedError: ResponseFailedError;
  }
}
