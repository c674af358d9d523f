/**
 * A web stream that pulls from an async iterable, reading nothing ahead: each pull takes items until `encode` (the
 * item itself by default) gives a chunk, skipping those it maps to undefined; `last`, when given, follows the last
 * item once the iterable has ended (not when it failed). Cancelling the stream closes the iterator.
 */
export function iterableToReadableStream<T, Chunk = T>(
  source: AsyncIterable<T>,
  encode?: (item: T) => Chunk | undefined,
  last?: Chunk,
): ReadableStream<Chunk> {
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Chunk>(
    {
      async pull(controller) {
        for (;;) {
          const { done, value } = await iterator.next();
          if (done) {
            if (last !== undefined) controller.enqueue(last);
            return controller.close();
          }
          const chunk = encode ? encode(value) : (value as unknown as Chunk);
          if (chunk !== undefined) return controller.enqueue(chunk);
        }
      },
      async cancel(reason) {
        await iterator.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
