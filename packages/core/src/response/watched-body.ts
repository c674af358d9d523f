import type { ResponseSource } from '../request/response-source.js';
import { noop } from '../utils/noop.js';

/**
 * The body's chunks, however they are read: each wait for one runs on the idle clock, so a server that stalls
 * mid-body fails with `APITimeoutError` rather than hanging, and a broken body fails with the SDK's error, not the
 * transport's. Closing it early, even before the first read, frees the connection; the call's timers stop once the
 * body is over, whichever way.
 */
export function watchedBody(source: ResponseSource): AsyncIterableIterator<Uint8Array> {
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
