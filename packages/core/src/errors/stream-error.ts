import type { APIErrorBody } from './api-error.js';
import { OpenAIError } from './openai-error.js';

/**
 * A stream broke after it started: the server sent an `error` event or an
 * error payload, an event could not be parsed, or an event outgrew the buffer.
 */
export class StreamError extends OpenAIError {
  static override readonly kind: string = 'StreamError';

  readonly code: string | null;
  readonly type: string | null;
  readonly param: string | null;
  /** The error payload the server sent, when it sent one. */
  readonly error: APIErrorBody | undefined;

  constructor(message: string, options?: { error?: APIErrorBody; cause?: unknown }) {
    super(message, { cause: options?.cause });
    const error = options?.error;
    this.error = error;
    this.code = typeof error?.code === 'string' ? error.code : null;
    this.type = typeof error?.type === 'string' ? error.type : null;
    this.param = typeof error?.param === 'string' ? error.param : null;
  }
}
