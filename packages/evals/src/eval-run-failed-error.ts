import { JobFailedError } from '@org/core';
import type { EvalRun } from './generated/types.js';

/**
 * An eval run ended `failed` or `canceled` (its `status`). A failed run's `error` says why, in the message too; the
 * output items it graded before it stopped can still be listed (`listEvalRunOutputItems`).
 */
export class EvalRunFailedError extends JobFailedError {
  static override readonly kind: string = 'EvalRunFailedError';

  /** The run as last seen: the same object as `job`, typed. */
  readonly run: EvalRun;

  constructor(run: EvalRun) {
    super(`eval run ${run.id}`, run.status, run);
    this.run = run;
    if (run.error?.message) {
      const code = run.error.code ? `${run.error.code}: ` : '';
      this.message = `The eval run ${run.id} ended ${run.status}: ${code}${run.error.message}`;
    }
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    EvalRunFailedError: EvalRunFailedError;
  }
}
