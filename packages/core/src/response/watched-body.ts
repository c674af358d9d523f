import { StreamTruncatedError } from '../errors/stream-truncated-error.js';
import type { ResponseSource } from '../request/response-source.js';
import { noop } from '../utils/noop.js';

/**
 * The body's chunks, however they are read: each wait for one runs on the idle clock, so a server that stalls
 * mid-body fails with `APITimeoutError` rather than hanging, and a broken body fails with the SDK's error, not the
 * transport's. Closing it early, even before the first read, frees the connection; the call's timers stop once the
 * body is over, whichever way. A body that ends short of its `content-length` raises `StreamTruncatedError`: undici
 * and browsers' fetch check the length themselves, a fetch brought by the user may not.
 */
export function watchedBody(source: ResponseSource): AsyncIterableIterator<Uint8Array> {
  const chunks = source.body[Symbol.asyncIterator]();
  let over = false;
  let received = 0;
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
      if (!result.done) {
        received += result.value.byteLength;
        return result;
      }
      end(false);
      const { headers } = source.meta;
      // With a content-encoding, the length counts the encoded bytes, not those the body yields.
      const length = headers.has('content-encoding') ? null : headers.get('content-length');
      if (length !== null && received < Number(length)) {
        throw new StreamTruncatedError(`the body ended after ${received} of its ${length} bytes`);
      }
      return result;
    },
    async return() {
      end(true);
      return { done: true, value: undefined };
    },
  };
}
