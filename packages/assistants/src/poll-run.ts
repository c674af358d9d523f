import type { Client, WaitOptions } from '@org/core';
import { waitForJob } from '@org/core/internal';
import { retrieveRun } from './generated/functions/retrieve-run.js';
import type { RunObject } from './generated/types.js';
import { RunFailedError } from './run-failed-error.js';
import { runJobState } from './run-job-state.js';

/**
 * Waits until a run stops, checking it as often as the server asks (`openai-poll-after-ms`) or every
 * `pollIntervalMs` (5 s by default). Resolves to the run once it is `completed`, or `requires_action`: it then waits
 * for your tool outputs (`submitToolOutputsAndPoll`). A run that ends `failed`, `cancelled`, `expired` or `incomplete`
 * rejects with `RunFailedError`. `pollTimeoutMs` gives up with `JobTimeoutError` and `signal` with
 * `APIUserAbortError`; the run goes on. The official `runs.poll`.
 */
export function pollRun(client: Client, threadId: string, runId: string, options?: WaitOptions): Promise<RunObject> {
  return waitForRun(client, threadId, runId, options);
}

/** A run just created or answered: returned when it has already stopped, else polled until it does. */
export function pollUnlessStopped(client: Client, run: RunObject, options?: WaitOptions): Promise<RunObject> {
  return waitForRun(client, run.thread_id, run.id, options, run);
}

function waitForRun(
  client: Client,
  threadId: string,
  runId: string,
  options: WaitOptions | undefined,
  known?: RunObject,
): Promise<RunObject> {
  return waitForJob(`run ${runId}`, (check) => retrieveRun(client, threadId, runId, check), runJobState, options, {
    failure: (run) => new RunFailedError(run),
    known,
  });
}
