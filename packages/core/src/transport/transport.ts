import type { AttemptSignal } from './attempt-signal.js';
/** A request body the transports know how to send. */
export type TransportBody = string | Uint8Array | Blob | AsyncIterable<Uint8Array>;

export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: TransportBody | undefined;
  signal: AttemptSignal;
  /** A call's `fetchOptions`: more fetch init fields, of which undici's request takes `dispatcher`. */
  fetchOptions?: Record<string, unknown> | undefined;
}

export interface TransportResponse {
  status: number;
  /** The reason phrase: the server's through a fetch; the standard one for `status` on Node's default transport. */
  statusText?: string | undefined;
  /**
   * Lowercased names; repeated headers joined with ', '. As the server sent them, though `body` has any
   * `content-encoding` undone: with one, `content-length` counts the encoded bytes, not those `body` yields.
   */
  headers: Record<string, string>;
  /** Iterate once; with the server's `content-encoding` undone (`gzip`, `deflate`, `br`; a fetch may undo more). */
  body: AsyncIterable<Uint8Array>;
  text(): Promise<string>;
  /** The body as a web stream. */
  webStream(): ReadableStream<Uint8Array>;
  /** Discards the rest of the body and frees the connection. */
  discard(): void;
}

/** Sends one HTTP request. Rejects only when no response arrived; the caller maps the error. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;
