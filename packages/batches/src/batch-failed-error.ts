import { JobFailedError } from '@org/core';
import type { Batch } from './generated/types.js';

/**
 * A batch ended `failed`, `expired` or `cancelled` (its `status`). An expired or cancelled batch keeps the results of
 * the requests it ran: `readBatchResults(client, error.batch)` reads them. A failed one ran nothing; its
 * `batch.errors` say why, the first of them in the message.
 */
export class BatchFailedError extends JobFailedError {
  static override readonly kind: string = 'BatchFailedError';

  /** The batch as last seen: the same object as `job`, typed. */
  readonly batch: Batch;

  constructor(batch: Batch) {
    super(`batch ${batch.id}`, batch.status, batch);
    this.batch = batch;
    const errors = batch.errors?.data ?? [];
    const first = errors[0];
    if (first?.message) {
      const line = typeof first.line === 'number' ? `line ${first.line}: ` : '';
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more errors)` : '';
      this.message = `The batch ${batch.id} ended ${batch.status}: ${line}${first.message}${more}`;
    } else if (batch.output_file_id || batch.error_file_id) {
      this.message = `The batch ${batch.id} ended ${batch.status}; the results it has are in error.batch (readBatchResults).`;
    }
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    BatchFailedError: BatchFailedError;
  }
}
