import { event } from './realtime-response.js';
import type { RealtimeStep } from './realtime-step.js';
import type { RecordedRealtimeEvent } from './recorded-realtime-connection.js';

export interface RealtimeErrorOptions {
  /** Default `invalid_request_error`. */
  type?: string;
  code?: string;
  param?: string;
  /** Leave out the client event's `event_id`, as the server does for errors no one event caused. */
  withoutEventId?: boolean;
}

/** A reply that answers a client event with an `error` event naming that event's `event_id`, as the API does. */
export function realtimeError(
  message: string,
  options: RealtimeErrorOptions = {},
): (request: RecordedRealtimeEvent) => RealtimeStep[] {
  return (request) => [
    event('error', {
      error: {
        type: options.type ?? 'invalid_request_error',
        code: options.code ?? null,
        message,
        param: options.param ?? null,
        event_id: options.withoutEventId ? null : (request.event_id ?? null),
      },
    }),
  ];
}
