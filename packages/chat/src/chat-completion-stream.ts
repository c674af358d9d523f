import type { Client, RequestOptions } from '@org/core';
import { iterableToReadableStream, NDJSON_END, ndjsonLine } from '@org/core/internal';
import { AssembledChatCompletionStream } from './assembled-chat-completion-stream.js';
import { ChatCompletionAccumulator } from './chat-completion-accumulator.js';
import type { ChatCompletionStreamEvent, StreamedChatCompletion } from './chat-completion-stream-event.js';
import { streamChatCompletion } from './generated/functions/stream-chat-completion.js';
import type { CreateChatCompletionRequest } from './generated/types.js';

/**
 * A chat completion stream that assembles itself: iterate it (once) for typed events, await `finalChatCompletion()`
 * for the completion, or both. Leaving the loop early or `abort()` frees the connection and rejects whatever waits
 * with `APIUserAbortError`; failures arrive as the core's typed errors.
 */
export class ChatCompletionStream extends AssembledChatCompletionStream<ChatCompletionStreamEvent> {
  /**
   * The raw chunks as NDJSON bytes, to relay through an app's own backend; `chatCompletionStreamFromReadableStream`
   * on the other side rebuilds the same events. This stream still assembles its final completion; cancelling aborts
   * it.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    return iterableToReadableStream(
      this,
      (event) => (event.type === 'chunk' ? ndjsonLine(event.chunk) : undefined),
      NDJSON_END,
    );
  }

  protected async *produce(): AsyncGenerator<ChatCompletionStreamEvent, StreamedChatCompletion> {
    const accumulator = new ChatCompletionAccumulator();
    const events: ChatCompletionStreamEvent[] = [];
    for await (const chunk of await this.chunks) {
      accumulator.add(chunk, events);
      for (const event of events) yield event;
      events.length = 0;
      yield { type: 'chunk', chunk, snapshot: accumulator.completion };
    }
    const completion = accumulator.end(events);
    for (const event of events) yield event;
    return completion;
  }
}

/** Starts a streamed chat completion and returns it as a `ChatCompletionStream`; `options.signal` aborts it. */
export function chatCompletionStream(
  client: Client,
  body: CreateChatCompletionRequest & { stream?: true },
  options?: RequestOptions,
): ChatCompletionStream {
  return new ChatCompletionStream(
    (signal) => streamChatCompletion(client, body, { ...options, signal }),
    options?.signal,
  );
}
