import { JobFailedError } from '@org/core';
import type { RunObject } from './generated/types.js';

/**
 * A run ended `failed`, `cancelled`, `expired` or `incomplete` (its `status`); `run` is the run as it ended, with its
 * `last_error` or `incomplete_details`.
 */
export class RunFailedError extends JobFailedError {
  static override readonly kind: string = 'RunFailedError';

  /** The run as last seen: the same object as `job`, typed. */
  readonly run: RunObject;

  constructor(run: RunObject) {
    super(`run ${run.id}`, run.status, run);
    this.run = run;
    const reason = run.last_error?.message ?? run.incomplete_details?.reason;
    if (reason) this.message = `The run ${run.id} ended ${run.status}: ${reason}`;
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    RunFailedError: RunFailedError;
  }
}
