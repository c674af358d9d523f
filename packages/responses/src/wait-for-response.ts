import { type Client, JobFailedError, type WaitOptions } from '@org/core';
import { waitForJob } from '@org/core/internal';
import { retrieveResponse } from './generated/functions/retrieve-response.js';
import type { Response } from './generated/types.js';
import { ResponseFailedError } from './response-failed-error.js';
import { responseJobState } from './response-job-state.js';

/**
 * Waits until a background response (`background: true`) is over, checking it as often as the server asks
 * (`openai-poll-after-ms`) or every `pollIntervalMs` (5 s by default). Resolves to the response once `completed` or
 * `incomplete` (its `output_text` included); one that `failed` rejects with `ResponseFailedError`, one `cancelled`
 * with `JobFailedError`. Gives up with `JobTimeoutError` after `pollTimeoutMs`, and with `APIUserAbortError` when
 * `signal` aborts; the response goes on.
 */
export function waitForResponse(client: Client, responseId: string, options?: WaitOptions): Promise<Response> {
  return pollResponse(client, responseId, options);
}

/**
 * `waitForResponse`, given the response as a call just returned it (`known`): judged before any check, so one
 * already over when created costs no request.
 */
export function pollResponse(
  client: Client,
  responseId: string,
  options?: WaitOptions,
  known?: Response,
): Promise<Response> {
  const what = `response ${responseId}`;
  return waitForJob(
    what,
    (check) => retrieveResponse(client, responseId, undefined, check),
    responseJobState,
    options,
    {
      failure: (response, status) =>
        status === 'failed' ? new ResponseFailedError(response) : new JobFailedError(what, status, response),
      known,
    },
  );
}
