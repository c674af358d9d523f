import { StreamTruncatedError } from '../errors/stream-truncated-error.js';
import type { ResponseMeta } from '../meta/response-meta.js';

/**
 * `chunks`, counted: once they end short of the body's `content-length`, the read raises `StreamTruncatedError`.
 * undici and browsers' fetch check the length themselves; a fetch brought by the user may not. With a
 * `content-encoding`, the length counts the encoded bytes, not those the body yields, so it is not checked.
 */
export function checkBodyLength(
  chunks: AsyncIterableIterator<Uint8Array>,
  meta: ResponseMeta,
): AsyncIterableIterator<Uint8Array> {
  let received = 0;
  const next = chunks.next.bind(chunks);
  chunks.next = async () => {
    const result = await next();
    if (!result.done) received += result.value.byteLength;
    else {
      const { headers } = meta;
      const length = headers.has('content-encoding') ? null : headers.get('content-length');
      if (length !== null && received < Number(length)) {
        throw new StreamTruncatedError(`it ended after ${received} of ${length} bytes`);
      }
    }
    return result;
  };
  return chunks;
}
