/**
 * Waits for a body's first chunk, then gives back a body that yields that chunk again before the rest. A failure
 * before it rejects here, where the call may still retry; after it, the bytes belong to the reader.
 */
export async function readFirstChunk(body: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const iterator = body[Symbol.asyncIterator]();
  let first: Promise<IteratorResult<Uint8Array>> | undefined = Promise.resolve(await iterator.next());
  const replaying: AsyncIterator<Uint8Array> = {
    next: () => {
      const result = first ?? iterator.next();
      first = undefined;
      return result;
    },
    return: (value?: unknown) => {
      first = undefined;
      return iterator.return?.(value) ?? Promise.resolve({ done: true, value: undefined });
    },
  };
  return { [Symbol.asyncIterator]: () => replaying };
}
