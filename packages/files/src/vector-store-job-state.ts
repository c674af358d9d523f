import type { JobState } from '@org/core/internal';

/**
 * A vector store file's or file batch's status as a job state: `failed` and `cancelled` end it badly, and a status the
 * API may add later counts as still going (the wait's timeout still bounds it).
 */
export function vectorStoreJobState(job: { status: string }): JobState {
  if (job.status === 'completed') return 'done';
  return job.status === 'failed' || job.status === 'cancelled' ? { failed: job.status } : 'pending';
}
