import type { Client } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import { createFineTuningJob } from './generated/functions/create-fine-tuning-job.js';
import type { CreateFineTuningJobRequest, FineTuningJob } from './generated/types.js';
import { type WaitForFineTuningJobOptions, waitForFineTuningJob } from './wait-for-fine-tuning-job.js';

export interface CreateFineTuningJobAndPollOptions extends WaitForFineTuningJobOptions {
  /**
   * Called once the job is created, before the wait (which can last hours): keep `job.id` to pick it up from another
   * process (`waitForFineTuningJob`). A throw here ends the call; the job goes on.
   */
  onCreated?: ((job: FineTuningJob) => void | Promise<void>) | undefined;
}

/**
 * Creates a fine-tuning job and waits until it is over (`waitForFineTuningJob`: the server's poll interval or
 * `pollIntervalMs`, `pollTimeoutMs`, `signal`, and its events as progress through `onEvent`). Resolves to the job once
 * `succeeded`; rejects with `FineTuningJobFailedError` when it ends `failed` or `cancelled`.
 */
export async function createFineTuningJobAndPoll(
  client: Client,
  body: CreateFineTuningJobRequest,
  options: CreateFineTuningJobAndPollOptions = {},
): Promise<FineTuningJob> {
  const { onCreated, onEvent, ...wait } = options;
  const created = await createFineTuningJob(client, body, requestOptionsOf(wait));
  await onCreated?.(created);
  return await waitForFineTuningJob(client, created.id, { ...wait, onEvent });
}
