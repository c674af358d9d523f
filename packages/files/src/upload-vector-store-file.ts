import type { Client, RequestOptions, Uploadable } from '@org/core';
import { stepOptions } from '@org/core/internal';
import { createFile } from './generated/functions/create-file.js';
import { createVectorStoreFile } from './generated/functions/create-vector-store-file.js';
import type { CreateVectorStoreFileRequest, VectorStoreFileObject } from './generated/types.js';

/** A file to upload and attach to a vector store, with what `createVectorStoreFile` takes besides its id. */
export interface UploadVectorStoreFileBody extends Omit<CreateVectorStoreFileRequest, 'file_id'> {
  file: Uploadable;
}

/**
 * Uploads a file (purpose `assistants`) and attaches it to a vector store, without waiting for it to be processed
 * (`uploadVectorStoreFileAndPoll` waits). The official `vectorStores.files.upload`.
 */
export async function uploadVectorStoreFile(
  client: Client,
  vectorStoreId: string,
  body: UploadVectorStoreFileBody,
  options?: RequestOptions,
): Promise<VectorStoreFileObject> {
  const { file, ...attach } = body;
  const uploaded = await createFile(client, { file, purpose: 'assistants' }, stepOptions(options, 'file'));
  return createVectorStoreFile(
    client,
    vectorStoreId,
    { ...attach, file_id: uploaded.id },
    stepOptions(options, 'attach'),
  );
}
