import type { Client, RequestOptions } from '@org/core';
import { stepOptions } from '@org/core/internal';
import type { BatchEndpoint } from './batch-endpoint.js';
import { type BatchInput, type BatchLimits, type BatchRequests, buildBatchInput } from './build-batch-input.js';
import { createBatch } from './generated/functions/create-batch.js';
import type { Batch, CreateBatchRequest } from './generated/types.js';
import { uploadBatchInput } from './upload-batch-input.js';

/** A batch to run: its requests, the endpoint they call, and the batch's own settings. */
export interface BatchJobBody<E extends BatchEndpoint>
  extends BatchRequests<E>,
    Pick<CreateBatchRequest, 'metadata' | 'output_expires_after'> {
  /** `24h`, the only window the API offers, by default. */
  completion_window?: CreateBatchRequest['completion_window'];
}

/** The options of `createBatchJob`: its requests' options and the limits its input is checked against. */
export interface BatchJobOptions extends RequestOptions, BatchLimits {}

/**
 * Creates a batch from typed requests: writes and checks its input file (`buildBatchInput`: nothing is sent when a
 * request is wrong), uploads it, and creates the batch. Resolves to the batch as created; keep its `id` to wait for
 * it (`waitForBatch`) and read its results (`readBatchResults`), from this process or another. With an
 * `idempotencyKey`, the upload and the creation each get their own (`<key>:upload`, `<key>:create`).
 */
export async function createBatchJob<E extends BatchEndpoint>(
  client: Client,
  body: BatchJobBody<E>,
  options: BatchJobOptions = {},
): Promise<Batch> {
  const { maxRequests, maxBytes, maxEmbeddingInputs, ...requestOptions } = options;
  const input = buildBatchInput(body, { maxRequests, maxBytes, maxEmbeddingInputs });
  return await submitBatchInput(client, input, body, requestOptions);
}

/** Uploads a checked input file and creates the batch that runs it. */
export async function submitBatchInput<E extends BatchEndpoint>(
  client: Client,
  input: BatchInput<E>,
  body: Omit<BatchJobBody<E>, 'requests'>,
  options?: RequestOptions,
): Promise<Batch> {
  const file = await uploadBatchInput(client, input, stepOptions(options, 'upload'));
  const request: CreateBatchRequest = {
    input_file_id: file.id,
    endpoint: input.endpoint,
    completion_window: body.completion_window ?? '24h',
  };
  if (body.metadata !== undefined) request.metadata = body.metadata;
  if (body.output_expires_after !== undefined) request.output_expires_after = body.output_expires_after;
  return await createBatch(client, request, stepOptions(options, 'create'));
}
