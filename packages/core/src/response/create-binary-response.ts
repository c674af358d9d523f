import type { ResponseSource } from '../request/response-source.js';
import type { BinaryResponse } from './binary-response.js';

/**
 * Reads a file or audio reply as a `BinaryResponse`; pass it as a call's `read`. The call's timers stop once the body
 * is read, fails or is cancelled.
 */
export function createBinaryResponse(source: ResponseSource): BinaryResponse {
  let webStream: ReadableStream<Uint8Array> | undefined;
  const stream = () => (webStream ??= source.webStream());
  const contentType = () => source.meta.headers.get('content-type');
  const bytes = async () => {
    try {
      return new Uint8Array(await new Response(stream()).arrayBuffer());
    } finally {
      source.finish();
    }
  };
  return {
    meta: source.meta,
    contentType: contentType(),
    get body() {
      return stream();
    },
    bytes,
    arrayBuffer: async () => (await bytes()).buffer as ArrayBuffer,
    text: async () => new TextDecoder().decode(await bytes()),
    blob: async () => new Blob([await bytes()], { type: contentType() ?? '' }),
    cancel: () => {
      source.abort();
      source.finish();
    },
    async *[Symbol.asyncIterator]() {
      try {
        yield* source.body;
      } finally {
        source.finish();
      }
    },
  };
}
