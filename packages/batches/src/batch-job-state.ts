import type { JobState } from '@org/core/internal';
import type { Batch } from './generated/types.js';

/** Statuses a batch never leaves. */
export const endedBatchStatuses: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'completed',
  'failed',
  'expired',
  'cancelled',
]);

/** A batch's status as a job state: only `completed` is done well; a status the API adds later counts as going. */
export function batchJobState({ status }: Batch): JobState {
  if (status === 'completed') return 'done';
  return endedBatchStatuses.has(status) ? { failed: status } : 'pending';
}
