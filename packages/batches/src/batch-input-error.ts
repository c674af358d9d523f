import { InvalidInputError } from '@org/core';

/** What is wrong with a batch's requests, as a code a program can act on (split a batch that is too large, say). */
export type BatchInputProblem =
  | 'unsupported_endpoint'
  | 'no_requests'
  | 'invalid_custom_id'
  | 'duplicate_custom_id'
  | 'invalid_body'
  | 'too_many_requests'
  | 'too_large'
  | 'too_many_embedding_inputs';

/**
 * A batch's requests cannot make a valid input file; nothing was sent. `input` names what is wrong
 * (`requests[3].custom_id`), `problem` says how, and `index` is the request's position when one request is at fault.
 */
export class BatchInputError extends InvalidInputError {
  static override readonly kind: string = 'BatchInputError';

  constructor(
    input: string,
    message: string,
    readonly problem: BatchInputProblem,
    readonly index?: number,
    options?: { cause?: unknown },
  ) {
    super(input, message, options);
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    BatchInputError: BatchInputError;
  }
}
