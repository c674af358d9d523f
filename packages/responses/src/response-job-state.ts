import type { JobState } from '@org/core/internal';
import type { Response } from './generated/types.js';

/**
 * A background response's status as a job state: `completed` and `incomplete` (stopped at a limit, as a stream's
 * `response.incomplete`) are done, `failed` and `cancelled` ended badly, and anything else (`queued`, `in_progress`,
 * a status the API adds later) is still going.
 */
export function responseJobState({ status }: Response): JobState {
  if (status === 'completed' || status === 'incomplete') return 'done';
  return status === 'failed' || status === 'cancelled' ? { failed: status } : 'pending';
}
