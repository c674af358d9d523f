import { OpenAIError } from './openai-error.js';

/** The model declined to answer in the requested format; `refusal` is what it said instead. */
export class RefusalError extends OpenAIError {
  static override readonly kind: string = 'RefusalError';

  constructor(readonly refusal: string) {
    super(`The model refused to answer: ${refusal}`);
  }
}

/** The output stopped at the token limit (or a content filter) before it was complete, so it cannot be parsed. */
export class TruncatedOutputError extends OpenAIError {
  static override readonly kind: string = 'TruncatedOutputError';

  constructor(readonly reason: string) {
    super(
      `The output was cut off (${reason}) before it was complete; raise max_completion_tokens / max_output_tokens or shorten the request.`,
    );
  }
}

/** The output (or a tool call's arguments) is not valid JSON, or does not match the schema. */
export class OutputParseError extends OpenAIError {
  static override readonly kind: string = 'OutputParseError';

  constructor(
    message: string,
    /** The text that failed to parse. */
    readonly text: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
