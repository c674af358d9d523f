import type { ResponseSource } from '../request/response-source.js';
import { unreadStreamReaper } from '../streaming/unread-stream-reaper.js';
import { iterableToReadableStream } from '../utils/iterable-to-readable-stream.js';
import type { BinaryResponse } from './binary-response.js';
import { checkBodyLength } from './check-body-length.js';
import { watchedBody } from './watched-body.js';

/**
 * Reads a file or audio reply as a `BinaryResponse`; pass it as a call's `read`. The call's timers stop once the body
 * is read, fails or is cancelled; one that ends short of its `content-length` raises `StreamTruncatedError`. One
 * dropped without ever being read is cancelled once it is garbage-collected.
 */
export function createBinaryResponse(source: ResponseSource): BinaryResponse {
  const cancel = () => {
    source.abort();
    source.finish();
  };
  // Stands for the response in the reaper's books: nothing below may reach the response itself, or it is never reaped.
  const token = {};
  const body = () => checkBodyLength(watchedBody(source), source.meta);
  const claim = () => unreadStreamReaper?.unregister(token);
  let webStream: ReadableStream<Uint8Array> | undefined;
  const stream = () => {
    claim();
    webStream ??= iterableToReadableStream(body());
    return webStream;
  };
  const contentType = () => source.meta.headers.get('content-type');
  const bytes = async () => new Uint8Array(await new Response(stream()).arrayBuffer());
  const response: BinaryResponse = {
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
      claim();
      cancel();
    },
    [Symbol.asyncIterator]: () => {
      claim();
      return body();
    },
  };
  unreadStreamReaper?.register(response, { abort: cancel }, token);
  return response;
}
