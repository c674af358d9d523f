import type { Client, RequestOptions } from '@org/core';
import { AssembledChatCompletionStream } from './assembled-chat-completion-stream.js';
import { ChatCompletionAccumulator } from './chat-completion-accumulator.js';
import type { ChatCompletionStreamEvent, StreamedChatCompletion } from './chat-completion-stream-event.js';
import { streamChatCompletion } from './generated/functions/stream-chat-completion.js';
import type { CreateChatCompletionRequest, CreateChatCompletionStreamResponse } from './generated/types.js';

/**
 * A chat completion stream as the official package's `chat.completions.stream()` gives it: iterating yields the raw
 * chunks, and `finalChatCompletion()`, `finalMessage()`, `finalContent()` the completion assembled from them.
 * `ChatCompletionStream` is the same with typed delta events.
 */
export class ChatCompletionChunkStream extends AssembledChatCompletionStream<CreateChatCompletionStreamResponse> {
  protected async *produce(): AsyncGenerator<CreateChatCompletionStreamResponse, StreamedChatCompletion> {
    const accumulator = new ChatCompletionAccumulator();
    const events: ChatCompletionStreamEvent[] = [];
    for await (const chunk of await this.chunks) {
      accumulator.add(chunk, events);
      this.observe(events, chunk, accumulator.completion);
      events.length = 0;
      yield chunk;
    }
    const completion = accumulator.end(events);
    this.observe(events);
    return completion;
  }

  /**
   * Told of the events the accumulator reports as it folds each chunk (with the chunk and the completion so far), and
   * of the last `done` events at the end (without a chunk). A chunk stream has no use for them; a subclass emitting
   * them (the official package's events) does.
   */
  protected observe(
    _events: readonly ChatCompletionStreamEvent[],
    _chunk?: CreateChatCompletionStreamResponse,
    _snapshot?: StreamedChatCompletion,
  ): void {}
}

/** Starts a streamed chat completion and returns it as a `ChatCompletionChunkStream`; `options.signal` aborts it. */
export function chatCompletionChunkStream(
  client: Client,
  body: CreateChatCompletionRequest & { stream?: true },
  options?: RequestOptions,
): ChatCompletionChunkStream {
  return new ChatCompletionChunkStream(
    (signal) => streamChatCompletion(client, body, { ...options, signal }),
    options?.signal,
  );
}
