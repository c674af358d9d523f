import type { ChatCompletionStreamEvent } from './chat-completion-stream-event.js';

/**
 * The raw chunks among `events` as NDJSON bytes, one line per chunk, in the format core's `streamFromReadableStream`
 * reads. Nothing is read ahead; `cancel` runs when the reader goes away.
 */
export function chunksToReadableStream(
  events: AsyncIterator<ChatCompletionStreamEvent>,
  cancel: (reason: unknown) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (let next = await events.next(); !next.done; next = await events.next()) {
          const event = next.value;
          if (event.type === 'chunk') return controller.enqueue(encoder.encode(`${JSON.stringify(event.chunk)}\n`));
        }
        controller.close();
      },
      cancel,
    },
    { highWaterMark: 0 },
  );
}
