import { OpenAIError } from './openai-error.js';

/** An argument of a call is unusable (a path parameter, a header value, a file input); nothing was sent. */
export class InvalidInputError extends OpenAIError {
  static override readonly kind: string = 'InvalidInputError';

  constructor(
    readonly input: string,
    problem: string,
  ) {
    super(`Invalid \`${input}\`: ${problem}`);
  }
}
