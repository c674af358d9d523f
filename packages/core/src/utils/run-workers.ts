/**
 * Runs `work` on each item of `source`, `concurrency` at a time: that many workers pull from one iterator, so a lazy
 * source (parts read from a stream) is read only as fast as they take it, and at most `concurrency` items are held at
 * once. The first failure (of `work` or of the source) stops the pulling and calls `onFailure` (to abort the work in
 * flight); once every worker has stopped, the source is closed and the call rejects with that first failure.
 */
export async function runWorkers<T>(
  source: AsyncIterable<T> | Iterable<T>,
  concurrency: number,
  work: (item: T) => Promise<void>,
  onFailure?: (error: unknown) => void,
): Promise<void> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    if (failure) return;
    failure = { error };
    onFailure?.(error);
  };
  const worker = async () => {
    while (!failure) {
      let next: IteratorResult<T>;
      try {
        // An async generator queues concurrent calls to next(): each worker gets its own item, in order.
        next = await iterator.next();
      } catch (error) {
        return fail(error);
      }
      if (next.done || failure) return;
      try {
        await work(next.value);
      } catch (error) {
        return fail(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (!failure) return;
  try {
    await iterator.return?.();
  } catch {
    // The source's own error on closing says less than the failure that stopped it.
  }
  throw failure.error;
}
