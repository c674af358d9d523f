import type { JobState } from '@org/core/internal';
import type { EvalRun } from './generated/types.js';

/** Statuses an eval run never leaves: the API spells the cancelled one `canceled`. */
const endedBadly: ReadonlySet<string> = /* @__PURE__ */ new Set(['failed', 'canceled', 'cancelled']);

/**
 * An eval run's status as a job state: `completed` is done well, `failed` and `canceled` end it badly, and any other
 * (`queued`, `in_progress`, or one the API adds later) counts as still going.
 */
export function evalRunJobState({ status }: EvalRun): JobState {
  if (status === 'completed') return 'done';
  return endedBadly.has(status) ? { failed: status } : 'pending';
}
