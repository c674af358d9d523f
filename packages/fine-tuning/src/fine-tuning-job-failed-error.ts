import { JobFailedError } from '@org/core';
import type { FineTuningJob } from './generated/types.js';

/**
 * A fine-tuning job ended `failed` or `cancelled` (its `status`). A failed job's `error` says why (a training file
 * that does not validate, say), in the message too; the checkpoints it saved stay listed.
 */
export class FineTuningJobFailedError extends JobFailedError {
  static override readonly kind: string = 'FineTuningJobFailedError';

  /** The job as last seen: the same object as `job`, typed. */
  readonly fineTuningJob: FineTuningJob;

  constructor(job: FineTuningJob) {
    super(`fine-tuning job ${job.id}`, job.status, job);
    this.fineTuningJob = job;
    if (job.error?.message) {
      const code = job.error.code ? `${job.error.code}: ` : '';
      this.message = `The fine-tuning job ${job.id} ended ${job.status}: ${code}${job.error.message}`;
    }
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    FineTuningJobFailedError: FineTuningJobFailedError;
  }
}
