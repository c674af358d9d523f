import type { Client, WaitOptions } from '@org/core';
import { checkOptionsOf, waitForJob } from '@org/core/internal';
import { FineTuningJobFailedError } from './fine-tuning-job-failed-error.js';
import { fineTuningJobState } from './fine-tuning-job-state.js';
import { retrieveFineTuningJob } from './generated/functions/retrieve-fine-tuning-job.js';
import type { FineTuningJob, FineTuningJobEvent } from './generated/types.js';
import { newJobEvents } from './new-job-events.js';

export interface WaitForFineTuningJobOptions extends WaitOptions {
  /**
   * Called with each event the job logs (a step's metrics, a checkpoint, a warning), oldest first and each once, as
   * the wait finds them: after every check, events are read back to the last one seen, and the wait goes on once this
   * has settled (a throw ends it; the job goes on). The first check delivers the events logged before the wait. Without
   * it no event is read.
   */
  onEvent?: ((event: FineTuningJobEvent, job: FineTuningJob) => void | Promise<void>) | undefined;
}

/**
 * Waits until a fine-tuning job is over, checking it as often as the server asks (`openai-poll-after-ms`) or every
 * `pollIntervalMs` (5 s by default), with its events as progress (`onEvent`). Resolves to the job once `succeeded`
 * (its `fine_tuned_model` set, its metrics in `result_files`: `readFineTuningMetrics`); one that ends `failed` or
 * `cancelled` rejects with `FineTuningJobFailedError` (a `JobFailedError`). Gives up with `JobTimeoutError` after
 * `pollTimeoutMs`, and with `APIUserAbortError` when `signal` aborts; the job goes on either way.
 */
export function waitForFineTuningJob(
  client: Client,
  fineTuningJobId: string,
  options: WaitForFineTuningJobOptions = {},
): Promise<FineTuningJob> {
  const { onEvent, ...wait } = options;
  const readEvents = onEvent && newJobEvents(client, fineTuningJobId, checkOptionsOf(wait));
  return waitForJob(
    `fine-tuning job ${fineTuningJobId}`,
    (check) => retrieveFineTuningJob(client, fineTuningJobId, check),
    fineTuningJobState,
    wait,
    {
      failure: (job) => new FineTuningJobFailedError(job),
      onCheck:
        readEvents &&
        (async (job, signal) => {
          for (const event of await readEvents(signal)) await onEvent(event, job);
        }),
    },
  );
}
