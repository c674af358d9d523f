import type { Client } from '@org/core';
import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { StreamedChatCompletion } from './chat-completion-stream-event.js';
import { parseChatCompletion } from './parse-chat-completion.js';
import { type ParsedChatCompletion, parseChatOutput } from './parse-chat-output.js';
import { zodResponseFormat } from './zod-response-format.js';

// Type-level checks: compiled by tsc and vitest, never sent.
const Person = z.object({ name: z.string(), age: z.number().nullable(), tags: z.array(z.enum(['a', 'b'])) });
type Person = { name: string; age: number | null; tags: Array<'a' | 'b'> };
const messages = [{ role: 'user' as const, content: 'Who?' }];

describe('structured output types', () => {
  it('types message.parsed from the zod schema', () => {
    const call = (client: Client) =>
      parseChatCompletion(client, { model: 'gpt-4o', messages, response_format: zodResponseFormat(Person, 'person') });
    type Parsed = Awaited<ReturnType<typeof call>>['choices'][number]['message']['parsed'];
    expectTypeOf<Parsed>().toEqualTypeOf<Person | null>();
  });

  it('types the parsed final message of a stream, keeping the streamed completion type', () => {
    const parse = (completion: StreamedChatCompletion) =>
      parseChatOutput(completion, zodResponseFormat(Person, 'person'));
    expectTypeOf<ReturnType<typeof parse>>().toEqualTypeOf<ParsedChatCompletion<Person, StreamedChatCompletion>>();
    expectTypeOf<ReturnType<typeof parse>['choices'][number]['finish_reason']>().toExtend<string | null>();
    expectTypeOf<ReturnType<typeof parse>['choices'][number]['message']['parsed']>().toEqualTypeOf<Person | null>();
  });

  it('still checks the rest of the body', () => {
    const call = (client: Client) =>
      parseChatCompletion(client, {
        model: 'gpt-4o',
        messages,
        response_format: zodResponseFormat(Person, 'person'),
        // @ts-expect-error `temprature` is not a field
        temprature: 1,
      });
    expectTypeOf(call).toBeFunction();
  });

  it('requires a JSON response format', () => {
    const call = (client: Client) =>
      // @ts-expect-error a text format has nothing to parse
      parseChatCompletion(client, { model: 'gpt-4o', messages, response_format: { type: 'text' } });
    expectTypeOf(call).toBeFunction();
  });
});
