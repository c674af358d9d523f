import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import { createResponse } from './generated/functions/create-response.js';
import type { CreateResponse, Response } from './generated/types.js';
import { pollResponse } from './wait-for-response.js';

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
  return pollResponse(client, created.id, options, created);
}
