import type { JobState } from '@org/core/internal';
import type { VideoResource } from './generated/types.js';

/**
 * A video's status as a job state: `completed` is done, `failed` ended badly, and anything else (`queued`,
 * `in_progress`, a status the API adds later) is still going.
 */
export function videoJobState({ status }: VideoResource): JobState {
  if (status === 'completed') return 'done';
  return status === 'failed' ? { failed: status } : 'pending';
}
