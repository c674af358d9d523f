import { RefusalError, TruncatedOutputError } from '@org/core';
import { parseJsonOutput } from '@org/core/internal';
import type { ChatCompletionResponseMessage, CreateChatCompletionResponse } from './generated/types.js';
import type { JsonResponseFormat } from './parsable-response-format.js';

interface CompletionLike {
  choices: Array<{ finish_reason: string | null; message: ChatCompletionResponseMessage }>;
}

export type ParsedChatCompletionMessage<T> = ChatCompletionResponseMessage & {
  /** The answer read as JSON (and checked against the schema); null when the model called tools instead. */
  parsed: T | null;
};

/** A completion whose choices' messages carry `parsed`. */
export type ParsedChatCompletion<T, C extends CompletionLike = CreateChatCompletionResponse> = Omit<C, 'choices'> & {
  choices: Array<Omit<C['choices'][number], 'message'> & { message: ParsedChatCompletionMessage<T> }>;
};

/**
 * Reads the JSON answer of every choice into `message.parsed`, with the response format's parser when it has one
 * (`zodResponseFormat`), else as plain JSON. Adds the field to `completion` itself, so its metadata stays reachable.
 * Throws `RefusalError`, `TruncatedOutputError` (`length`, `content_filter`) or `OutputParseError`.
 */
export function parseChatOutput<T = unknown, C extends CompletionLike = CreateChatCompletionResponse>(
  completion: C,
  responseFormat: JsonResponseFormat<T>,
): ParsedChatCompletion<T, C> {
  const parse =
    'parse' in responseFormat ? responseFormat.parse : (text: string) => parseJsonOutput(text, 'The response') as T;
  for (const { message, finish_reason } of completion.choices) {
    if (message.refusal) throw new RefusalError(message.refusal);
    if (finish_reason === 'length' || finish_reason === 'content_filter') throw new TruncatedOutputError(finish_reason);
    const calledTools = !message.content && message.tool_calls?.length;
    (message as ParsedChatCompletionMessage<T>).parsed =
      message.content === null || calledTools ? null : parse(message.content);
  }
  return completion as unknown as ParsedChatCompletion<T, C>;
}
