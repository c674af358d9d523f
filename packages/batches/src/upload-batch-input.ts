import type { APIPromise, Client, RequestOptions } from '@org/core';
import { multipartBody } from '@org/core';
import type { OpenAIFile } from './generated/types.js';

/**
 * Uploads a batch's input file (`POST /files`, purpose `batch`) and resolves to the file, whose `id` a batch is created
 * from. The same upload as `@org/files`' `createFile`, made here so that this package needs no other.
 */
export function uploadBatchInput(
  client: Client,
  input: { file: Blob },
  options?: RequestOptions,
): APIPromise<OpenAIFile> {
  return client.request<OpenAIFile>(
    { method: 'POST', path: '/files', body: multipartBody({ purpose: 'batch', file: input.file }, ['file']) },
    options,
  );
}
