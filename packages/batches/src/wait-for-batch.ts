import type { Client, WaitOptions } from '@org/core';
import { waitForJob } from '@org/core/internal';
import { BatchFailedError } from './batch-failed-error.js';
import { batchJobState } from './batch-job-state.js';
import { retrieveBatch } from './generated/functions/retrieve-batch.js';
import type { Batch } from './generated/types.js';

/**
 * Waits until a batch is over, checking it as often as the server asks (`openai-poll-after-ms`) or every
 * `pollIntervalMs` (5 s by default). Resolves to the batch once `completed`; one that ends `failed`, `expired` or
 * `cancelled` rejects with `BatchFailedError` (a `JobFailedError`), whose `batch` may still hold results. Gives up with
 * `JobTimeoutError` after `pollTimeoutMs`, and with `APIUserAbortError` when `signal` aborts; the batch goes on.
 */
export function waitForBatch(client: Client, batchId: string, options?: WaitOptions): Promise<Batch> {
  return waitForJob(`batch ${batchId}`, (check) => retrieveBatch(client, batchId, check), batchJobState, options, {
    failure: (batch) => new BatchFailedError(batch),
  });
}
