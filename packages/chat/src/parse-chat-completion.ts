import type { Client, RequestOptions } from '@org/core';
import { createChatCompletion } from './generated/functions/create-chat-completion.js';
import type { CreateChatCompletionRequest } from './generated/types.js';
import type { JsonResponseFormat } from './parsable-response-format.js';
import { type ParsedChatCompletion, parseChatOutput } from './parse-chat-output.js';

export type ParseChatCompletionBody<T> = Omit<CreateChatCompletionRequest, 'response_format' | 'stream'> & {
  response_format: JsonResponseFormat<T>;
};

/**
 * Creates a chat completion with a JSON response format and reads the answer into `choices[i].message.parsed`,
 * typed by the format (`zodResponseFormat(schema, name)` from `@org/chat/zod`). Throws `RefusalError`,
 * `TruncatedOutputError` or `OutputParseError` when there is no usable answer.
 */
export async function parseChatCompletion<T = unknown>(
  client: Client,
  body: ParseChatCompletionBody<T>,
  options?: RequestOptions,
): Promise<ParsedChatCompletion<T>> {
  return parseChatOutput(await createChatCompletion(client, body, options), body.response_format);
}
