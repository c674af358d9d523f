import type { Client, RequestOptions } from '@org/core';
import { writeToPath } from '@org/core/node';
import { retrieveContainerFileContent } from '../generated/functions/retrieve-container-file-content.js';

/** Downloads a container file's content to `path` as `downloadFile` does; resolves to the bytes written. */
export async function downloadContainerFile(
  client: Client,
  containerId: string,
  fileId: string,
  path: string,
  options?: RequestOptions,
): Promise<number> {
  return writeToPath(await retrieveContainerFileContent(client, containerId, fileId, options), path);
}
