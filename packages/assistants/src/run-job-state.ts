import type { JobState } from '@org/core/internal';
import type { RunObject } from './generated/types.js';

const failedStatuses: ReadonlySet<string> = /* @__PURE__ */ new Set(['failed', 'cancelled', 'expired', 'incomplete']);

/**
 * A run's status as a job state. `requires_action` ends a wait as `completed` does: the run waits for the caller's
 * tool outputs. A status the API adds later counts as going (the wait's timeout still bounds it).
 */
export function runJobState({ status }: RunObject): JobState {
  if (status === 'completed' || status === 'requires_action') return 'done';
  return failedStatuses.has(status) ? { failed: status } : 'pending';
}
