import type { StreamIterator } from './stream-iterator.js';

export function iteratorToReadableStream<T>(iterator: StreamIterator<T>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const result = await iterator.next();
        if (result.done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(result.value)}\n`));
      },
      cancel(reason) {
        iterator.abort(reason);
      },
    },
    // Nothing is read ahead: the source is pulled only when the consumer asks.
    { highWaterMark: 0 },
  );
}
