import type { StreamSource } from '../streaming/stream-source.js';

/** A successful response as a `ResponseReader` gets it: the live body, its metadata and the call's controls. */
export interface ResponseSource extends StreamSource {
  /** The body as a web stream; use it or `body`, not both. */
  webStream(): ReadableStream<Uint8Array>;
}

/**
 * Reads a successful response into what the call resolves to: `createEventStream` for server-sent events,
 * `createBinaryResponse` for a file or audio. A call without one resolves to the parsed JSON (or the text).
 * Passing the reader per call, rather than a flag, keeps the code of the readers a bundle never uses out of it.
 */
export type ResponseReader<R> = (source: ResponseSource) => R;
