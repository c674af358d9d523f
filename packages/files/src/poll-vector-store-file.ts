import type { Client, WaitOptions } from '@org/core';
import { waitForJob } from '@org/core/internal';
import { retrieveVectorStoreFile } from './generated/functions/retrieve-vector-store-file.js';
import type { VectorStoreFileObject } from './generated/types.js';
import { vectorStoreJobState } from './vector-store-job-state.js';

/**
 * Waits until a file of a vector store is processed (`completed`). One that ends `failed` or `cancelled` rejects with
 * `JobFailedError`, its `job` the vector store file with its `last_error`. The official `vectorStores.files.poll`.
 */
export function pollVectorStoreFile(
  client: Client,
  vectorStoreId: string,
  fileId: string,
  options?: WaitOptions,
): Promise<VectorStoreFileObject> {
  return waitForJob(
    `vector store file ${fileId}`,
    (check) => retrieveVectorStoreFile(client, vectorStoreId, fileId, check),
    vectorStoreJobState,
    options,
  );
}
