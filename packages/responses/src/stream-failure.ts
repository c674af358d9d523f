import { StreamError } from '@org/core';
import type { ResponseErrorEvent, ResponseStreamEvent } from './generated/types.js';
import { ResponseFailedError } from './response-failed-error.js';

/** The typed error an event ends the stream with: `response.failed`, or an `error` event relayed as plain data. */
export function failureOf(event: ResponseStreamEvent): Error | undefined {
  if (event.type === 'response.failed') return new ResponseFailedError(event.response);
  if (event.type === 'error') return new StreamError(event.message, { error: { ...event } });
  return undefined;
}

/**
 * The `error` event behind a `StreamError` raised for an SSE `event: error`, so that the consumer, and a relay that
 * forwards events, see it as an event too.
 */
export function errorEventOf(error: StreamError, lastSequenceNumber: number | undefined): ResponseErrorEvent {
  const sequence = error.error?.sequence_number;
  return {
    type: 'error',
    code: error.code,
    message: error.error?.message ?? error.message,
    param: error.param,
    sequence_number: typeof sequence === 'number' ? sequence : (lastSequenceNumber ?? -1) + 1,
  };
}
