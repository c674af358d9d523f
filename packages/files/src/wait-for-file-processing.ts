import type { Client, WaitOptions } from '@org/core';
import { waitForJob } from '@org/core/internal';
import { retrieveFile } from './generated/functions/retrieve-file.js';
import type { OpenAIFile } from './generated/types.js';

/**
 * Waits until a file is processed (`status: 'processed'`), checking it as often as the server asks
 * (`openai-poll-after-ms`) or every `pollIntervalMs`. A file that ends `error` (or is deleted meanwhile) rejects with
 * `JobFailedError`, its `job` the file with its `status_details`. The official `files.waitForProcessing`.
 */
export function waitForFileProcessing(client: Client, fileId: string, options?: WaitOptions): Promise<OpenAIFile> {
  return waitForJob(
    `file ${fileId}`,
    (check) => retrieveFile(client, fileId, check),
    ({ status }) =>
      status === 'processed'
        ? 'done'
        : status === 'error' || status === ('deleted' as string)
          ? { failed: status }
          : 'pending',
    options,
  );
}
