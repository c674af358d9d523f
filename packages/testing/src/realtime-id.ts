import { randomBytes } from 'node:crypto';

/** An id in the API's style: `event_…`, `resp_…`, `item_…`, `call_…`, `sess_…`. */
export function realtimeId(prefix: string): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}
