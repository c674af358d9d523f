import { type Client, createNdjsonStream, InvalidInputError, type RequestOptions } from '@org/core';
import { checkOptionsOf, StreamHelper } from '@org/core/internal';
import type { BatchEndpoint } from './batch-endpoint.js';
import { endedBatchStatuses } from './batch-job-state.js';
import type { BatchRequest } from './batch-request.js';
import type { BatchResult, BatchResultCounts } from './batch-result.js';
import { retrieveBatch } from './generated/functions/retrieve-batch.js';
import type { Batch } from './generated/types.js';
import { toBatchResult } from './to-batch-result.js';

export interface ReadBatchResultsOptions<E extends BatchEndpoint> extends RequestOptions {
  /** The batch's requests, to join each result to its request by custom id, and to report those with no result. */
  requests?: Iterable<BatchRequest<E>> | ReadonlyMap<string, BatchRequest<E>> | undefined;
  /** The most characters one line of a file may take (an image's base64, say); 16 MiB by default. */
  maxLineSize?: number | undefined;
}

/**
 * The results of a batch, typed by its endpoint and joined to its requests: iterate it once (`for await`), and/or
 * await `counts()`, which reads the results itself when nothing iterates them. Each file is downloaded and parsed
 * line by line as it arrives, so a batch of any size never sits whole in memory. `abort()`, the `signal` option or
 * leaving the loop early stops the download in flight.
 */
export class BatchResults<E extends BatchEndpoint = BatchEndpoint> extends StreamHelper<
  BatchResult<E>,
  BatchResultCounts
> {
  readonly #client: Client;
  readonly #batch: Batch | string;
  readonly #requests: ReadonlyMap<string, BatchRequest<E>> | undefined;
  readonly #options: RequestOptions;
  readonly #maxLineSize: number | undefined;

  constructor(client: Client, batch: Batch | string, options: ReadBatchResultsOptions<E> = {}) {
    super();
    const { requests, maxLineSize, ...requestOptions } = options;
    this.#client = client;
    this.#batch = batch;
    this.#requests = requests === undefined ? undefined : byCustomId(requests);
    this.#options = checkOptionsOf(requestOptions);
    this.#maxLineSize = maxLineSize;
    this.follow(options.signal);
  }

  /** How many results succeeded, failed and are missing, once all are read. */
  counts(): Promise<BatchResultCounts> {
    return this.settled();
  }

  protected async *produce(): AsyncGenerator<BatchResult<E>, BatchResultCounts> {
    const options = { ...this.#options, signal: this.signal };
    const batch =
      typeof this.#batch === 'string' ? await retrieveBatch(this.#client, this.#batch, options) : this.#batch;
    if (!endedBatchStatuses.has(batch.status)) {
      throw new InvalidInputError(
        'batch',
        `${batch.id} is ${batch.status}: its results are written once it completes, expires or is cancelled`,
      );
    }
    const counts: BatchResultCounts = { succeeded: 0, failed: 0, missing: 0 };
    const seen = new Set<string>();
    // The API leaves either file out (or null) when it has no line.
    for (const fileId of [batch.output_file_id, batch.error_file_id]) {
      if (!fileId) continue;
      const lines = await this.connect(
        this.#client.request(
          {
            method: 'GET',
            path: '/files/{file_id}/content',
            pathParams: { file_id: fileId },
            read: (source) => createNdjsonStream<unknown>(source, { maxBufferSize: this.#maxLineSize }),
          },
          options,
        ),
      );
      let number = 0;
      for await (const line of lines) {
        const result = toBatchResult(line, `Line ${++number} of file ${fileId}`, this.#requests);
        seen.add(result.customId);
        counts[result.status]++;
        yield result;
      }
    }
    for (const [customId, request] of this.#requests ?? []) {
      if (seen.has(customId)) continue;
      counts.missing++;
      yield { status: 'missing', customId, request };
    }
    return counts;
  }
}

function byCustomId<E extends BatchEndpoint>(
  requests: Iterable<BatchRequest<E>> | ReadonlyMap<string, BatchRequest<E>>,
): ReadonlyMap<string, BatchRequest<E>> {
  if (requests instanceof Map) return requests;
  const map = new Map<string, BatchRequest<E>>();
  for (const request of requests as Iterable<BatchRequest<E>>) map.set(request.custom_id, request);
  return map;
}

/**
 * Reads a batch's results, returned at once as `BatchResults` (no `await`): the lines of its output file, then of its
 * error file, each typed by the endpoint (`readBatchResults<'/v1/embeddings'>(…)`, or inferred from `requests`) and
 * joined to its request; then, when `requests` are given, one `missing` result for each request neither file
 * mentions. `batch` is the batch (from `waitForBatch`, or a `BatchFailedError`'s `batch`) or its id; it must be over
 * (`completed`, `expired`, `cancelled` or `failed`), else the iteration raises an `InvalidInputError`.
 */
export function readBatchResults<E extends BatchEndpoint = BatchEndpoint>(
  client: Client,
  batch: Batch | string,
  options?: ReadBatchResultsOptions<E>,
): BatchResults<E> {
  return new BatchResults<E>(client, batch, options);
}
