import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import { createResponse } from './generated/functions/create-response.js';
import type { CreateResponse, Response } from './generated/types.js';
import { responseJobFailure } from './response-job-failure.js';
import { responseJobState } from './response-job-state.js';
import { waitForResponse } from './wait-for-response.js';

/**
 * Creates a response in the background (`background: true` is sent whatever `body` says, since only a background
 * response can be polled) and waits until it is over, as `waitForResponse` waits. A response already over when
 * created is settled without another request.
 */
export async function createResponseAndPoll(
  client: Client,
  body: Omit<CreateResponse, 'background' | 'stream'>,
  options?: WaitOptions,
): Promise<Response> {
  const created = await createResponse(client, { ...body, background: true }, requestOptionsOf(options));
  const state = responseJobState(created);
  if (state === 'done') return created;
  if (state !== 'pending') throw responseJobFailure(created, state.failed);
  return waitForResponse(client, created.id, options);
}
