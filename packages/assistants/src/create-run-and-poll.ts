import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import { createRun } from './generated/functions/create-run.js';
import type { CreateRunRequest, RunObject } from './generated/types.js';
import { pollUnlessStopped } from './poll-run.js';

/**
 * Creates a run on a thread and waits until it stops (`pollRun`): `completed`, or `requires_action` with the tool
 * calls to answer. The official `runs.createAndPoll`; `options.query` takes its `include[]`.
 */
export async function createRunAndPoll(
  client: Client,
  threadId: string,
  body: CreateRunRequest & { stream?: false | null },
  options?: WaitOptions,
): Promise<RunObject> {
  const run = await createRun(client, threadId, body, undefined, requestOptionsOf(options));
  return pollUnlessStopped(client, run, options);
}
