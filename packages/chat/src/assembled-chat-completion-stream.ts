import type { Stream } from '@org/core';
import { StreamError } from '@org/core';
import { StreamHelper } from '@org/core/internal';
import type { StreamedChatCompletion } from './chat-completion-stream-event.js';
import type { ChatCompletionResponseMessage, CreateChatCompletionStreamResponse } from './generated/types.js';

export type ChatCompletionChunks = Stream<CreateChatCompletionStreamResponse>;

/**
 * What every chat stream helper shares, whatever its iteration gives (typed events, or the raw chunks): the chunk
 * stream it reads, and the completion assembled from it with its first message and text.
 */
export abstract class AssembledChatCompletionStream<T> extends StreamHelper<T, StreamedChatCompletion> {
  protected readonly chunks: Promise<ChatCompletionChunks>;

  /** `source` is a chunk stream, or opens one listening to the given signal. `signal` aborts this stream. */
  constructor(
    source: ChatCompletionChunks | ((signal: AbortSignal) => Promise<ChatCompletionChunks>),
    signal?: AbortSignal,
  ) {
    super();
    this.follow(signal);
    this.chunks = this.connect(typeof source === 'function' ? source(this.signal) : source);
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
}

function firstMessage(completion: StreamedChatCompletion): ChatCompletionResponseMessage {
  const choice = completion.choices[0];
  if (!choice) throw new StreamError('The stream ended without any choice.');
  return choice.message;
}
