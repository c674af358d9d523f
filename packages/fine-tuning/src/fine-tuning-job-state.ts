import type { JobState } from '@org/core/internal';
import type { FineTuningJob } from './generated/types.js';

/**
 * A fine-tuning job's status as a job state: `succeeded` is done well, `failed` and `cancelled` end it badly, and any
 * other (`validating_files`, `queued`, `running`, `paused`, or one the API adds later) counts as still going.
 */
export function fineTuningJobState({ status }: FineTuningJob): JobState {
  if (status === 'succeeded') return 'done';
  return status === 'failed' || status === 'cancelled' ? { failed: status } : 'pending';
}
