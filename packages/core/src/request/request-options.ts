import type { HeadersLike } from './header-entries.js';
/** Options every call takes as its last argument, overriding the client's for that call. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Milliseconds one attempt may take (until the whole body is read, or until a stream's headers). */
  timeout?: number | undefined;
  /** Milliseconds the whole call may take, retries and a stream's body included. */
  totalTimeout?: number | undefined;
  /** Milliseconds a stream or binary body may keep the reader waiting for its next chunk; default the attempt `timeout`. */
  idleTimeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Extra headers, as a record or a `Headers`; `null` removes a default header. */
  headers?: HeadersLike | undefined;
  /** Extra query parameters. */
  query?: Record<string, unknown> | undefined;
  /** Sent as `Idempotency-Key` on non-GET requests; generated once per call when absent. */
  idempotencyKey?: string | undefined;
  /** Extra top-level JSON body fields, for OpenAI-compatible servers that take more than the spec. */
  extraBody?: Record<string, unknown> | undefined;
}
