import type { Client, RequestOptions } from '@org/core';
import { retrieveContainerFileContent } from '../generated/functions/retrieve-container-file-content.js';
import { writeBinaryResponse } from './write-binary-response.js';

/** Downloads a container file's content to `path` as `downloadFile` does; resolves to the bytes written. */
export async function downloadContainerFile(
  client: Client,
  containerId: string,
  fileId: string,
  path: string,
  options?: RequestOptions,
): Promise<number> {
  return writeBinaryResponse(await retrieveContainerFileContent(client, containerId, fileId, options), path);
}
