import type { BatchEndpoint, BatchRequestBody } from './batch-endpoint.js';

/** One request of a batch: a line of its input file, less the method and URL (every line of a batch has the same). */
export interface BatchRequest<E extends BatchEndpoint = BatchEndpoint> {
  /** Names the request in the results; unique within the batch. */
  custom_id: string;
  body: BatchRequestBody<E>;
}
