import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import { createThreadAndRun } from './generated/functions/create-thread-and-run.js';
import type { CreateThreadAndRunRequest, RunObject } from './generated/types.js';
import { pollUnlessStopped } from './poll-run.js';

/**
 * Creates a thread and a run on it, and waits until the run stops (`pollRun`): `completed`, or `requires_action`.
 * The thread's id is the run's `thread_id`. The official `threads.createAndRunPoll`.
 */
export async function createThreadAndRunAndPoll(
  client: Client,
  body: CreateThreadAndRunRequest & { stream?: false | null },
  options?: WaitOptions,
): Promise<RunObject> {
  const run = await createThreadAndRun(client, body, requestOptionsOf(options));
  return pollUnlessStopped(client, run, options);
}
