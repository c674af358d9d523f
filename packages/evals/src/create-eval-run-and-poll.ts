import type { Client } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import { createEvalRun } from './generated/functions/create-eval-run.js';
import type { CreateEvalRunRequest, EvalRun } from './generated/types.js';
import { type WaitForEvalRunOptions, waitForEvalRun } from './wait-for-eval-run.js';

export interface CreateEvalRunAndPollOptions extends WaitForEvalRunOptions {
  /**
   * Called once the run is created, before the wait: keep `run.id` to pick it up from another process
   * (`waitForEvalRun`). A throw here ends the call; the run goes on.
   */
  onCreated?: ((run: EvalRun) => void | Promise<void>) | undefined;
}

/**
 * Creates a run of an eval and waits until it is over (`waitForEvalRun`: the server's poll interval or
 * `pollIntervalMs`, `pollTimeoutMs`, `signal`, `onProgress`). Resolves to the run once `completed`; rejects with
 * `EvalRunFailedError` when it ends `failed` or `canceled`.
 */
export async function createEvalRunAndPoll(
  client: Client,
  evalId: string,
  body: CreateEvalRunRequest,
  options: CreateEvalRunAndPollOptions = {},
): Promise<EvalRun> {
  const { onCreated, onProgress, ...wait } = options;
  const created = await createEvalRun(client, evalId, body, requestOptionsOf(wait));
  await onCreated?.(created);
  return await waitForEvalRun(client, evalId, created.id, { ...wait, onProgress });
}
