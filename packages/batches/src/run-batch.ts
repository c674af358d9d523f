import type { Client, WaitOptions } from '@org/core';
import { checkOptionsOf, requestOptionsOf } from '@org/core/internal';
import type { BatchEndpoint } from './batch-endpoint.js';
import { type BatchResults, readBatchResults } from './batch-results.js';
import { type BatchLimits, buildBatchInput } from './build-batch-input.js';
import { type BatchJobBody, submitBatchInput } from './create-batch-job.js';
import type { Batch } from './generated/types.js';
import { waitForBatch } from './wait-for-batch.js';

export interface RunBatchOptions extends WaitOptions, BatchLimits {
  /**
   * Called once the batch is created, before the wait (which can last its whole 24 hours): keep `batch.id` to pick the
   * job up from another process (`waitForBatch`, `readBatchResults`). A throw here ends the run; the batch goes on.
   */
  onCreated?: ((batch: Batch) => void | Promise<void>) | undefined;
}

/** A batch that completed, and its results. */
export interface BatchRun<E extends BatchEndpoint> {
  batch: Batch;
  /** Read as you iterate it: nothing is downloaded before. */
  results: BatchResults<E>;
}

/**
 * A batch job from typed requests to typed results: checks and writes the input file (`BatchInputError` before
 * anything is sent), uploads it, creates the batch, waits for it (`waitForBatch`: the server's poll interval, or
 * `pollIntervalMs`; `pollTimeoutMs`; `signal`), and resolves once it completed to the batch and its results joined to
 * the requests. A batch that ends `failed`, `expired` or `cancelled` rejects with `BatchFailedError`: read what an
 * expired or cancelled one did run with `readBatchResults(client, error.batch, { requests })`.
 */
export async function runBatch<E extends BatchEndpoint>(
  client: Client,
  body: BatchJobBody<E>,
  options: RunBatchOptions = {},
): Promise<BatchRun<E>> {
  const { maxRequests, maxBytes, maxEmbeddingInputs, onCreated, ...wait } = options;
  const input = buildBatchInput(body, { maxRequests, maxBytes, maxEmbeddingInputs });
  const created = await submitBatchInput(client, input, body, requestOptionsOf(wait));
  await onCreated?.(created);
  const batch = await waitForBatch(client, created.id, wait);
  return { batch, results: readBatchResults(client, batch, { ...checkOptionsOf(wait), requests: input.requests }) };
}
