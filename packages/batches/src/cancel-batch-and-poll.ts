import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf, waitForJob } from '@org/core/internal';
import { endedBatchStatuses } from './batch-job-state.js';
import { cancelBatch } from './generated/functions/cancel-batch.js';
import { retrieveBatch } from './generated/functions/retrieve-batch.js';
import type { Batch } from './generated/types.js';

/**
 * Cancels a batch and waits until it has stopped (`cancelling` can take minutes). Resolves to the batch in whatever
 * status it ended: `cancelled`, or `completed`, `expired` or `failed` when it got there first. The requests it ran
 * before it stopped have results: `readBatchResults(client, batch)`.
 */
export async function cancelBatchAndPoll(client: Client, batchId: string, options?: WaitOptions): Promise<Batch> {
  const cancelling = await cancelBatch(client, batchId, requestOptionsOf(options));
  if (endedBatchStatuses.has(cancelling.status)) return cancelling;
  return waitForJob(
    `batch ${batchId}`,
    (check) => retrieveBatch(client, batchId, check),
    ({ status }) => (endedBatchStatuses.has(status) ? 'done' : 'pending'),
    options,
  );
}
