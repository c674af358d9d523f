import type { Client } from '@org/core';
import { responseReconnect } from './response-reconnect.js';
import { ResponseStream } from './response-stream.js';
import type { ResponseStreamCursor } from './response-stream-cursor.js';
import { type ResponseStreamOptions, resolveResumePolicy } from './resume-options.js';

/**
 * Reopens the stream of a background response where a cursor left it (`stream.cursor`, saved earlier):
 * `GET /responses/{id}?stream=true&starting_after=…`. Returns at once; the new stream resumes itself too if it drops.
 */
export function reconnectResponseStream(
  client: Client,
  cursor: ResponseStreamCursor,
  options: ResponseStreamOptions = {},
): ResponseStream {
  const { resume, ...requestOptions } = options;
  const reconnect = responseReconnect(client, requestOptions);
  return new ResponseStream(
    (signal) => reconnect(cursor, signal),
    { background: true, reconnect, resume: resolveResumePolicy(resume), cursor },
    requestOptions.signal,
  );
}
