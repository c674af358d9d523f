import {
  type ChatCompletionResponseMessage,
  type ChatCompletionStream,
  type CreateChatCompletionRequest,
  type CreateChatCompletionStreamResponse,
  chatCompletionStream,
  type StreamedChatCompletion,
} from '@org/chat';
import { type Client, type RequestOptions, StreamError } from '@org/core';
import { StreamHelper } from '@org/core/internal';

/**
 * `openai.chat.completions.stream(...)` as the official package has it: iterating gives the raw chunks, and
 * `finalChatCompletion()`, `finalMessage()`, `finalContent()` the completion assembled from them. Built on
 * `ChatCompletionStream` from `@org/chat`, whose iteration gives typed delta events instead.
 */
export class ChatCompletionChunkStream extends StreamHelper<
  CreateChatCompletionStreamResponse,
  StreamedChatCompletion
> {
  readonly #events: ChatCompletionStream;

  constructor(client: Client, body: CreateChatCompletionRequest & { stream?: true }, options?: RequestOptions) {
    super();
    this.follow(options?.signal);
    this.#events = chatCompletionStream(client, body, { ...options, signal: this.signal });
  }

  override get meta() {
    return this.#events.meta;
  }

  /** The assembled completion. Awaiting it while nothing iterates the stream reads the stream to its end. */
  finalChatCompletion(): Promise<StreamedChatCompletion> {
    return this.settled();
  }

  /** The message of the first choice; like `finalChatCompletion()`. */
  finalMessage(): Promise<ChatCompletionResponseMessage> {
    return this.settled(firstMessage);
  }

  /** The text of the first choice; like `finalChatCompletion()`. */
  finalContent(): Promise<string | null> {
    return this.settled((completion) => firstMessage(completion).content);
  }

  protected async *produce(): AsyncGenerator<CreateChatCompletionStreamResponse, StreamedChatCompletion> {
    for await (const event of this.#events) if (event.type === 'chunk') yield event.chunk;
    return this.#events.finalChatCompletion();
  }
}

function firstMessage(completion: StreamedChatCompletion): ChatCompletionResponseMessage {
  const choice = completion.choices[0];
  if (!choice) throw new StreamError('The stream ended without any choice.');
  return choice.message;
}
