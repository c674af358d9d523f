import { type Client, createClient } from '@org/core';
import type { TestServer } from '@org/testing';
import type { ChatCompletionResponseMessage, CreateChatCompletionResponse } from '../generated/types.js';

export const model = 'gpt-4o-mini';
export const messages = [{ role: 'user' as const, content: 'Hi' }];

export function testClient(server: TestServer): Client {
  return createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
}

/** One stream chunk with one choice (or the given choices). */
export function chunk(delta: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) {
  const choice = { index: 0, ...(delta === undefined ? {} : { delta }), finish_reason: null, ...extra };
  return { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model, choices: [choice] };
}

/** The chunks, JSON-encoded, as an SSE reply ending in [DONE]. */
export function sse(...chunks: unknown[]) {
  return { sse: [...chunks.map((data) => ({ data: JSON.stringify(data) })), 'data: [DONE]\n\n'] };
}

export function completion(
  message: Partial<ChatCompletionResponseMessage>,
  finishReason: CreateChatCompletionResponse['choices'][number]['finish_reason'] = 'stop',
): CreateChatCompletionResponse {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: null, refusal: null, ...message },
        finish_reason: finishReason,
        logprobs: null,
      },
    ],
  };
}

/** The error a promise rejects with; fails when it resolves. */
export async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
