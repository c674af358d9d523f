import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf, waitForJob } from '@org/core/internal';
import { createVectorStore } from './generated/functions/create-vector-store.js';
import { retrieveVectorStore } from './generated/functions/retrieve-vector-store.js';
import type { CreateVectorStoreRequest, VectorStoreObject } from './generated/types.js';

/**
 * Creates a vector store and waits until it is ready (`completed`: the `file_ids` it was given are processed). One that
 * expires first rejects with `JobFailedError`. The official `vectorStores.createAndPoll`.
 */
export async function createVectorStoreAndPoll(
  client: Client,
  body: CreateVectorStoreRequest,
  options?: WaitOptions,
): Promise<VectorStoreObject> {
  const created = await createVectorStore(client, body, requestOptionsOf(options));
  return waitForJob(
    `vector store ${created.id}`,
    (check) => retrieveVectorStore(client, created.id, check),
    ({ status }) => (status === 'completed' ? 'done' : status === 'expired' ? { failed: status } : 'pending'),
    options,
  );
}
