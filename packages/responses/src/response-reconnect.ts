import type { Client, RequestOptions } from '@org/core';
import { resumeResponseStream } from './generated/functions/resume-response-stream.js';
import type { Reconnect } from './response-stream.js';

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
