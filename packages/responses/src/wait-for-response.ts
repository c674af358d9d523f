import type { Client, WaitOptions } from '@org/core';
import { waitForJob } from '@org/core/internal';
import { retrieveResponse } from './generated/functions/retrieve-response.js';
import type { Response } from './generated/types.js';
import { responseJobFailure } from './response-job-failure.js';
import { responseJobState } from './response-job-state.js';

/**
 * Waits until a background response (`background: true`) is over, checking it as often as the server asks
 * (`openai-poll-after-ms`) or every `pollIntervalMs` (5 s by default). Resolves to the response once `completed` or
 * `incomplete` (its `output_text` included); one that `failed` rejects with `ResponseFailedError`, one `cancelled`
 * with `JobFailedError`. Gives up with `JobTimeoutError` after `pollTimeoutMs`, and with `APIUserAbortError` when
 * `signal` aborts; the response goes on.
 */
export function waitForResponse(client: Client, responseId: string, options?: WaitOptions): Promise<Response> {
  return waitForJob(
    `response ${responseId}`,
    (check) => retrieveResponse(client, responseId, undefined, check),
    responseJobState,
    options,
    responseJobFailure,
  );
}
