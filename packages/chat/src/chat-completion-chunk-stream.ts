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
    // The accumulator reports events as it folds; a chunk stream has no use for them.
    const events: ChatCompletionStreamEvent[] = [];
    for await (const chunk of await this.chunks) {
      accumulator.add(chunk, events);
      events.length = 0;
      yield chunk;
    }
    return accumulator.end(events);
  }
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
