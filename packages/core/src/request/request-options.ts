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
  /** Replaces the call's path below the base URL (`/files/file-abc`), sent as given, as the official option does. */
  path?: string | undefined;
  /** Replaces the call's whole body, as the official option does (`extraBody` adds fields instead). */
  body?: unknown;
  /**
   * More `fetch` init fields for this call (`cache`, `credentials`, `keepalive`, a `dispatcher`), as the official
   * option takes them. Node's default transport, undici's request API, takes only `dispatcher`.
   */
  fetchOptions?: FetchOptions | undefined;
}

/**
 * `fetch` init fields a call may add; the method, headers, body and signal stay the call's own. Beside the standard
 * ones, those of the runtimes' fetches: undici's `dispatcher` (Node), Bun's `proxy`, Deno's `client`.
 */
export type FetchOptions = Omit<RequestInit, 'method' | 'headers' | 'body' | 'signal' | 'dispatcher'> & {
  dispatcher?: unknown;
  proxy?: string | undefined;
  client?: unknown;
};
