import type { Client } from '@org/core';
import { streamResponse } from './generated/functions/stream-response.js';
import type { CreateResponse } from './generated/types.js';
import { responseReconnect } from './reconnect-response-stream.js';
import { ResponseEventIterator } from './response-event-iterator.js';
import { ResponseStream } from './response-stream.js';
import { type ResponseStreamOptions, resolveResumePolicy } from './resume-options.js';

/**
 * Creates a response and streams it as a `ResponseStream`: typed events, `finalResponse()`, `outputText`.
 * A background response (`background: true`) whose connection drops is reopened from the last event seen
 * (see `options.resume`); any other stream raises the drop as an `APIConnectionError`.
 */
export async function createResponseStream(
  client: Client,
  body: CreateResponse & { stream?: true },
  options: ResponseStreamOptions = {},
): Promise<ResponseStream> {
  const { resume, ...requestOptions } = options;
  const first = await streamResponse(client, body, requestOptions);
  const events = new ResponseEventIterator(first, {
    background: body.background === true,
    reconnect: responseReconnect(client, requestOptions),
    resume: resolveResumePolicy(resume),
    signal: requestOptions.signal,
  });
  return new ResponseStream(events, first.meta);
}
