import type { APIPromise, Client, PagePromise, StreamPromise } from '@org/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Chat,
  type CreateChatCompletionRequest,
  type CreateChatCompletionResponse,
  type CreateChatCompletionStreamResponse,
  createChatCompletion,
  listChatCompletions,
  type ModelIdsShared,
  streamChatCompletion,
  updateChatCompletion,
} from './index.js';

// Type-level checks: these functions are compiled by `pnpm typecheck`, never called.
const messages: CreateChatCompletionRequest['messages'] = [{ role: 'user', content: 'hi' }];

describe('chat completion types', () => {
  it('streams only through streamChatCompletion, so createChatCompletion carries no stream code', () => {
    // @ts-expect-error a streamed reply comes from streamChatCompletion
    const streamed = (client: Client) => createChatCompletion(client, { model: 'gpt-4o', messages, stream: true });
    const plain = (client: Client) => createChatCompletion(client, { model: 'gpt-4o', messages });
    const off = (client: Client) => createChatCompletion(client, { model: 'gpt-4o', messages, stream: false });
    const forced = (client: Client) => streamChatCompletion(client, { model: 'gpt-4o', messages });
    expectTypeOf(streamed).toBeFunction();
    expectTypeOf<ReturnType<typeof plain>>().toEqualTypeOf<APIPromise<CreateChatCompletionResponse>>();
    expectTypeOf<ReturnType<typeof off>>().toEqualTypeOf<APIPromise<CreateChatCompletionResponse>>();
    expectTypeOf<ReturnType<typeof forced>>().toEqualTypeOf<StreamPromise<CreateChatCompletionStreamResponse>>();
  });

  it('gives the resource class the official overloads: create streams when stream is true', () => {
    const streamed = (chat: Chat) => chat.completions.create({ model: 'gpt-4o', messages, stream: true });
    const plain = (chat: Chat) => chat.completions.create({ model: 'gpt-4o', messages });
    expectTypeOf<ReturnType<typeof streamed>>().toEqualTypeOf<StreamPromise<CreateChatCompletionStreamResponse>>();
    expectTypeOf<ReturnType<typeof plain>>().toEqualTypeOf<APIPromise<CreateChatCompletionResponse>>();
  });

  it('rejects a missing required field and a misspelled one', () => {
    const missing = (client: Client) =>
      // @ts-expect-error `model` is required
      createChatCompletion(client, { messages });
    const misspelled = (client: Client) =>
      // @ts-expect-error `temprature` is not a field
      createChatCompletion(client, { model: 'gpt-4o', messages, temprature: 1 });
    const noBody = (client: Client) =>
      // @ts-expect-error the update body is required
      updateChatCompletion(client, 'chatcmpl-1');
    expectTypeOf(missing).toBeFunction();
    expectTypeOf(misspelled).toBeFunction();
    expectTypeOf(noBody).toBeFunction();
  });

  it('keeps model ids open but suggested', () => {
    expectTypeOf<'gpt-4o'>().toExtend<ModelIdsShared>();
    expectTypeOf<'my-fine-tune'>().toExtend<ModelIdsShared>();
    expectTypeOf<ModelIdsShared>().toExtend<string>();
  });

  it('types nullable fields as nullable', () => {
    type Message = CreateChatCompletionResponse['choices'][number]['message'];
    expectTypeOf<Message['content']>().toEqualTypeOf<string | null>();
    expectTypeOf<CreateChatCompletionRequest['temperature']>().toEqualTypeOf<number | null | undefined>();
  });

  it('pages list calls', () => {
    const list = (client: Client) => listChatCompletions(client, { limit: 10 });
    expectTypeOf<ReturnType<typeof list>>().toEqualTypeOf<PagePromise<CreateChatCompletionResponse>>();
  });
});
