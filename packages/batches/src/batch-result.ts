import type { BatchEndpoint, BatchResultBody } from './batch-endpoint.js';
import type { BatchRequest } from './batch-request.js';

/** A line of a batch's output or error file, as the API writes it. */
export interface BatchOutputLine<Body = unknown> {
  /** The API's id of the request (`batch_req_…`). */
  id: string;
  custom_id: string;
  /** The endpoint's reply, when the request was sent. */
  response: { status_code: number; request_id: string; body: Body } | null;
  /** Why the request was not sent or did not finish (`batch_expired`, …). */
  error: { code: string; message: string } | null;
}

/** Why a request of a batch failed: the line's `error`, or the error body of a reply that is not a 2xx. */
export interface BatchResultError {
  code: string | null;
  message: string;
}

interface BatchResultFields<E extends BatchEndpoint> {
  customId: string;
  /** The request this result answers, when the requests were given to join to (and one has this id). */
  request: BatchRequest<E> | undefined;
}

/** A request that ran and got a 2xx reply: its `body` is the endpoint's result. */
export interface BatchSucceededResult<E extends BatchEndpoint> extends BatchResultFields<E> {
  status: 'succeeded';
  statusCode: number;
  requestId: string;
  body: BatchResultBody<E>;
  line: BatchOutputLine<BatchResultBody<E>>;
}

/** A request that got an error reply, or never ran (an expired batch's `batch_expired`). */
export interface BatchFailedResult<E extends BatchEndpoint> extends BatchResultFields<E> {
  status: 'failed';
  /** The reply's status, or null when the request got none. */
  statusCode: number | null;
  requestId: string | null;
  error: BatchResultError;
  line: BatchOutputLine;
}

/** A request given to join to that neither file mentions: the batch stopped before it (a cancelled batch, say). */
export interface BatchMissingResult<E extends BatchEndpoint> extends BatchResultFields<E> {
  status: 'missing';
  request: BatchRequest<E>;
}

/** The outcome of one request of a batch; narrow on `status`. */
export type BatchResult<E extends BatchEndpoint = BatchEndpoint> =
  | BatchSucceededResult<E>
  | BatchFailedResult<E>
  | BatchMissingResult<E>;

/** What a batch's results came to, once all are read. */
export interface BatchResultCounts {
  succeeded: number;
  failed: number;
  missing: number;
}
