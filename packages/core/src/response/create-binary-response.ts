import type { ResponseMeta } from '../meta/response-meta.js';
import type { TransportResponse } from '../transport/transport.js';
import type { BinaryResponse } from './binary-response.js';

/** Wraps a file or audio body; `onDone` runs once when the body is read, cancelled or fails. */
export function createBinaryResponse(
  response: TransportResponse,
  meta: ResponseMeta,
  onDone: () => void,
): BinaryResponse {
  let webStream: ReadableStream<Uint8Array> | undefined;
  const stream = () => (webStream ??= response.webStream());
  const bytes = async () => {
    try {
      return new Uint8Array(await new Response(stream()).arrayBuffer());
    } finally {
      onDone();
    }
  };
  return {
    meta,
    contentType: response.headers['content-type'] ?? null,
    get body() {
      return stream();
    },
    bytes,
    arrayBuffer: async () => (await bytes()).buffer as ArrayBuffer,
    text: async () => new TextDecoder().decode(await bytes()),
    blob: async () => new Blob([await bytes()], { type: response.headers['content-type'] ?? '' }),
    cancel: () => {
      response.discard();
      onDone();
    },
    async *[Symbol.asyncIterator]() {
      try {
        yield* response.body;
      } finally {
        onDone();
      }
    },
  };
}
