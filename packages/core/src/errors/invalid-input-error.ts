import { OpenAIError } from './openai-error.js';

/**
 * An argument of a call is unusable (a path parameter, a header value, a file input); nothing was sent, except
 * when an upload's source fails as it is read, which cuts the request off (`cause` is the source's error).
 */
export class InvalidInputError extends OpenAIError {
  static override readonly kind: string = 'InvalidInputError';

  constructor(
    readonly input: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`Invalid \`${input}\`: ${problem}`, options);
  }
}
