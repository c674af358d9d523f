import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import type { VectorStoreFileObject } from './generated/types.js';
import { pollVectorStoreFile } from './poll-vector-store-file.js';
import { type UploadVectorStoreFileBody, uploadVectorStoreFile } from './upload-vector-store-file.js';

/**
 * Uploads a file, attaches it to a vector store and waits until it is processed, as `pollVectorStoreFile` does. The
 * official `vectorStores.files.uploadAndPoll`.
 */
export async function uploadVectorStoreFileAndPoll(
  client: Client,
  vectorStoreId: string,
  body: UploadVectorStoreFileBody,
  options?: WaitOptions,
): Promise<VectorStoreFileObject> {
  const file = await uploadVectorStoreFile(client, vectorStoreId, body, requestOptionsOf(options));
  return pollVectorStoreFile(client, vectorStoreId, file.id, options);
}
