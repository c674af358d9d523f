import type { ChatCompletion as ChatPackageCompletion, CreateChatCompletionResponse } from '@org/chat';
import type { FileObject, OpenAIFile } from '@org/files';
import { describe, expectTypeOf, it } from 'vitest';
import type OpenAI from './index.js';

describe('the official type names', () => {
  it('are aliases of the generated types, under the official namespaces and in the packages', () => {
    expectTypeOf<OpenAI.ChatCompletion>().toEqualTypeOf<CreateChatCompletionResponse>();
    expectTypeOf<OpenAI.Chat.ChatCompletion>().toEqualTypeOf<CreateChatCompletionResponse>();
    expectTypeOf<OpenAI.Chat.Completions.ChatCompletion>().toEqualTypeOf<ChatPackageCompletion>();
    expectTypeOf<FileObject>().toEqualTypeOf<OpenAIFile>();
    const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ];
    expectTypeOf(messages).toMatchTypeOf<OpenAI.Chat.ChatCompletionCreateParams['messages']>();
    expectTypeOf<OpenAI.Responses.ResponseStreamEvent>().toHaveProperty('type');
    expectTypeOf<OpenAI.Beta.Threads.Run['status']>().toEqualTypeOf<OpenAI.Beta.Threads.Runs.RunStatus>();
    expectTypeOf<OpenAI.VectorStores.VectorStoreFile>().toHaveProperty('vector_store_id');
    expectTypeOf<OpenAI.Batch>().toHaveProperty('request_counts');
  });
});
