import type { ResponseSource } from '../request/response-source.js';
import { unreadStreamReaper } from '../streaming/unread-stream-reaper.js';
import { iterableToReadableStream } from '../utils/iterable-to-readable-stream.js';
import { noop } from '../utils/noop.js';
import type { BinaryResponse } from './binary-response.js';

/**
 * The body's chunks, however they are read: each wait for one runs on the idle clock, so a server that stalls
 * mid-body fails with `APITimeoutError` rather than hanging, and a broken body fails with the SDK's error, not the
 * transport's. Closing it early, even before the first read, frees the connection; the call's timers stop once the
 * body is over, whichever way.
 */
function watchedBody(source: ResponseSource): AsyncIterableIterator<Uint8Array> {
  const chunks = source.body[Symbol.asyncIterator]();
  let over = false;
  const end = (early: boolean) => {
    if (over) return;
    over = true;
    if (early) {
      source.abort();
      chunks.return?.().then(undefined, noop);
    }
    source.finish();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (over) return { done: true, value: undefined };
      source.onRead();
      let result: IteratorResult<Uint8Array>;
      try {
        result = await chunks.next();
      } catch (error) {
        const mapped = source.mapError(error);
        end(false);
        throw mapped;
      }
      source.onChunk();
      if (result.done) end(false);
      return result;
    },
    async return() {
      end(true);
      return { done: true, value: undefined };
    },
  };
}

/**
 * Reads a file or audio reply as a `BinaryResponse`; pass it as a call's `read`. The call's timers stop once the body
 * is read, fails or is cancelled. One dropped without ever being read is cancelled once it is garbage-collected.
 */
export function createBinaryResponse(source: ResponseSource): BinaryResponse {
  const cancel = () => {
    source.abort();
    source.finish();
  };
  // Stands for the response in the reaper's books: nothing below may reach the response itself, or it is never reaped.
  const token = {};
  const claim = () => unreadStreamReaper?.unregister(token);
  let webStream: ReadableStream<Uint8Array> | undefined;
  const stream = () => {
    claim();
    webStream ??= iterableToReadableStream(watchedBody(source));
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
      return watchedBody(source);
    },
  };
  unreadStreamReaper?.register(response, { abort: cancel }, token);
  return response;
}
