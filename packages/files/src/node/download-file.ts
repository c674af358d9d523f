import type { Client, RequestOptions } from '@org/core';
import { writeToPath } from '@org/core/node';
import { retrieveFileContent } from '../generated/functions/retrieve-file-content.js';

/**
 * Downloads a file's content to `path` as it arrives, never whole in memory; resolves to the bytes written. A failed
 * or aborted download leaves nothing at `path` (an earlier file there is kept). To stream it instead, iterate
 * `retrieveFileContent(client, fileId)` or read its `body`.
 */
export async function downloadFile(
  client: Client,
  fileId: string,
  path: string,
  options?: RequestOptions,
): Promise<number> {
  return writeToPath(await retrieveFileContent(client, fileId, options), path);
}
