import type { APIErrorBody } from './api-error.js';
import { OpenAIError } from './openai-error.js';
import { stringOrNull } from './string-or-null.js';

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
    this.code = stringOrNull(error?.code);
    this.type = stringOrNull(error?.type);
    this.param = stringOrNull(error?.param);
  }
}
