import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import { createVectorStoreFile } from './generated/functions/create-vector-store-file.js';
import type { CreateVectorStoreFileRequest, VectorStoreFileObject } from './generated/types.js';
import { pollVectorStoreFile } from './poll-vector-store-file.js';

/**
 * Attaches an uploaded file to a vector store and waits until it is processed, as `pollVectorStoreFile` does. The
 * official `vectorStores.files.createAndPoll`.
 */
export async function createVectorStoreFileAndPoll(
  client: Client,
  vectorStoreId: string,
  body: CreateVectorStoreFileRequest,
  options?: WaitOptions,
): Promise<VectorStoreFileObject> {
  const file = await createVectorStoreFile(client, vectorStoreId, body, requestOptionsOf(options));
  return pollVectorStoreFile(client, vectorStoreId, file.id, options);
}
