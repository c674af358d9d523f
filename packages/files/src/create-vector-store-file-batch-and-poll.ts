import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import { createVectorStoreFileBatch } from './generated/functions/create-vector-store-file-batch.js';
import type { CreateVectorStoreFileBatchRequest, VectorStoreFileBatchObject } from './generated/types.js';
import { pollVectorStoreFileBatch } from './poll-vector-store-file-batch.js';

/**
 * Attaches uploaded files to a vector store as one batch and waits until the batch is over, as
 * `pollVectorStoreFileBatch` does. The official `vectorStores.fileBatches.createAndPoll`.
 */
export async function createVectorStoreFileBatchAndPoll(
  client: Client,
  vectorStoreId: string,
  body: CreateVectorStoreFileBatchRequest,
  options?: WaitOptions,
): Promise<VectorStoreFileBatchObject> {
  const batch = await createVectorStoreFileBatch(client, vectorStoreId, body, requestOptionsOf(options));
  return pollVectorStoreFileBatch(client, vectorStoreId, batch.id, options);
}
