import type { Client, RequestOptions } from '@org/core';
import { resumeResponseStream } from './generated/functions/resume-response-stream.js';
import { type Reconnect, ResponseEventIterator } from './response-event-iterator.js';
import { ResponseStream } from './response-stream.js';
import type { ResponseStreamCursor } from './response-stream-cursor.js';
import { type ResponseStreamOptions, resolveResumePolicy } from './resume-options.js';

/**
 * Reopens the stream of a background response where a cursor left it (`stream.cursor`, saved earlier):
 * `GET /responses/{id}?stream=true&starting_after=…`. The new stream resumes itself too if it drops.
 */
export async function reconnectResponseStream(
  client: Client,
  cursor: ResponseStreamCursor,
  options: ResponseStreamOptions = {},
): Promise<ResponseStream> {
  const { resume, ...requestOptions } = options;
  const reconnect = responseReconnect(client, requestOptions);
  const first = await reconnect(cursor, requestOptions.signal ?? new AbortController().signal);
  const events = new ResponseEventIterator(first, {
    background: true,
    reconnect,
    resume: resolveResumePolicy(resume),
    signal: requestOptions.signal,
    cursor,
  });
  return new ResponseStream(events, first.meta);
}

/** How a response's stream is reopened: the call's own options, minus what only its first request had. */
export function responseReconnect(client: Client, options: RequestOptions): Reconnect {
  return ({ responseId, lastSequenceNumber }, signal) =>
    resumeResponseStream(
      client,
      responseId,
      lastSequenceNumber === undefined ? {} : { starting_after: lastSequenceNumber },
      { ...options, idempotencyKey: undefined, extraBody: undefined, signal },
    );
}
