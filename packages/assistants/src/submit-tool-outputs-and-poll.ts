import type { Client, WaitOptions } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import { submitToolOutputsToRun } from './generated/functions/submit-tool-outputs-to-run.js';
import type { RunObject, SubmitToolOutputsRunRequest } from './generated/types.js';
import { pollUnlessStopped } from './poll-run.js';

/**
 * Sends the outputs of a run's required tool calls and waits until it stops again (`pollRun`): `completed`, or
 * `requires_action` once more. The official `runs.submitToolOutputsAndPoll`.
 */
export async function submitToolOutputsAndPoll(
  client: Client,
  threadId: string,
  runId: string,
  body: SubmitToolOutputsRunRequest & { stream?: false | null },
  options?: WaitOptions,
): Promise<RunObject> {
  const run = await submitToolOutputsToRun(client, threadId, runId, body, requestOptionsOf(options));
  return pollUnlessStopped(client, run, options);
}
