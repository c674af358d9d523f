import type { ResponseMeta } from '../meta/response-meta.js';

/** A file or audio body: stream it with `for await` or `body`, or read it whole. Read it only once. */
export interface BinaryResponse extends AsyncIterable<Uint8Array> {
  readonly meta: ResponseMeta;
  readonly contentType: string | null;
  /** The body as a web stream. */
  readonly body: ReadableStream<Uint8Array>;
  bytes(): Promise<Uint8Array>;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
  blob(): Promise<Blob>;
  /** Discards the body and frees the connection. */
  cancel(): void;
}
