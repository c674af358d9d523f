import type { Client, WaitOptions } from '@org/core';
import { waitForJob } from '@org/core/internal';
import { retrieveVectorStoreFileBatch } from './generated/functions/retrieve-vector-store-file-batch.js';
import type { VectorStoreFileBatchObject } from './generated/types.js';
import { vectorStoreJobState } from './vector-store-job-state.js';

/**
 * Waits until a file batch of a vector store is over: `completed`, even when some of its files failed (its
 * `file_counts.failed` says how many). One that ends `failed` or `cancelled` rejects with `JobFailedError`. The
 * official `vectorStores.fileBatches.poll`.
 */
export function pollVectorStoreFileBatch(
  client: Client,
  vectorStoreId: string,
  batchId: string,
  options?: WaitOptions,
): Promise<VectorStoreFileBatchObject> {
  return waitForJob(
    `vector store file batch ${batchId}`,
    (check) => retrieveVectorStoreFileBatch(client, vectorStoreId, batchId, check),
    vectorStoreJobState,
    options,
  );
}
