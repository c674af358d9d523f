import { OpenAIError } from './openai-error.js';

/** A long-running job (a batch, a run, a file's processing) ended without success; `job` is its last state. */
export class JobFailedError extends OpenAIError {
  static override readonly kind: string = 'JobFailedError';

  constructor(
    /** What was waited for: `batch batch_123`, `file file-abc`. */
    readonly what: string,
    /** The state it ended in (`failed`, `expired`, `cancelled`, …). */
    readonly status: string,
    readonly job: unknown,
  ) {
    super(`The ${what} ended ${status}.`);
  }
}

/** A wait for a long-running job passed its `pollTimeoutMs`; the job goes on. `job` is its last state seen. */
export class JobTimeoutError extends OpenAIError {
  static override readonly kind: string = 'JobTimeoutError';

  constructor(
    readonly what: string,
    readonly timeoutMs: number,
    readonly job: unknown,
  ) {
    super(`Gave up waiting for the ${what} after ${timeoutMs} ms; it is still running.`);
  }
}
