import type { Client, RequestOptions, Stream } from '@org/core';
import { StreamError } from '@org/core';
import { iterableToReadableStream, NDJSON_END, ndjsonLine, StreamHelper } from '@org/core/internal';
import { ChatCompletionAccumulator } from './chat-completion-accumulator.js';
import type { ChatCompletionStreamEvent, StreamedChatCompletion } from './chat-completion-stream-event.js';
import { streamChatCompletion } from './generated/functions/stream-chat-completion.js';
import type {
  ChatCompletionResponseMessage,
  CreateChatCompletionRequest,
  CreateChatCompletionStreamResponse,
} from './generated/types.js';

type Chunks = Stream<CreateChatCompletionStreamResponse>;

/**
 * A chat completion stream that assembles itself: iterate it (once) for typed events, await `finalChatCompletion()`
 * for the completion, or both. Leaving the loop early or `abort()` frees the connection and rejects whatever waits
 * with `APIUserAbortError`; failures arrive as the core's typed errors.
 */
export class ChatCompletionStream extends StreamHelper<ChatCompletionStreamEvent, StreamedChatCompletion> {
  readonly #chunks: Promise<Chunks>;

  /** `source` is a chunk stream, or opens one listening to the given signal. `signal` aborts this stream. */
  constructor(source: Chunks | ((signal: AbortSignal) => Promise<Chunks>), signal?: AbortSignal) {
    super();
    this.follow(signal);
    this.#chunks = this.connect(typeof source === 'function' ? source(this.signal) : source);
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
    for await (const chunk of await this.#chunks) {
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

function firstMessage(completion: StreamedChatCompletion): ChatCompletionResponseMessage {
  const choice = completion.choices[0];
  if (!choice) throw new StreamError('The stream ended without any choice.');
  return choice.message;
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
