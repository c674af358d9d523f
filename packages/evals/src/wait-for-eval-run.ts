import type { Client, WaitOptions } from '@org/core';
import { waitForJob } from '@org/core/internal';
import { EvalRunFailedError } from './eval-run-failed-error.js';
import { evalRunJobState } from './eval-run-job-state.js';
import { retrieveEvalRun } from './generated/functions/retrieve-eval-run.js';
import type { EvalRun } from './generated/types.js';

export interface WaitForEvalRunOptions extends WaitOptions {
  /**
   * Called with the run after every check, the last one too, before it is judged: its `result_counts` and
   * `per_testing_criteria_results` so far, as progress. The wait goes on once this has settled; a throw ends it (the
   * run goes on).
   */
  onProgress?: ((run: EvalRun) => void | Promise<void>) | undefined;
}

/**
 * Waits until an eval run is over, checking it as often as the server asks (`openai-poll-after-ms`) or every
 * `pollIntervalMs` (5 s by default). Resolves to the run once `completed` (`summarizeEvalRun` gives its pass rates);
 * one that ends `failed` or `canceled` rejects with `EvalRunFailedError` (a `JobFailedError`). Gives up with
 * `JobTimeoutError` after `pollTimeoutMs`, and with `APIUserAbortError` when `signal` aborts; the run goes on.
 */
export function waitForEvalRun(
  client: Client,
  evalId: string,
  runId: string,
  options: WaitForEvalRunOptions = {},
): Promise<EvalRun> {
  const { onProgress, ...wait } = options;
  return waitForJob(
    `eval run ${runId}`,
    (check) => retrieveEvalRun(client, evalId, runId, check),
    evalRunJobState,
    wait,
    { failure: (run) => new EvalRunFailedError(run), onCheck: onProgress && ((run) => onProgress(run)) },
  );
}
