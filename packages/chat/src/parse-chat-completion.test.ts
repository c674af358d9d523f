import { getResponseMeta, InvalidInputError, OutputParseError, RefusalError, TruncatedOutputError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import { chatCompletionStream } from './chat-completion-stream.js';
import { parseChatCompletion } from './parse-chat-completion.js';
import { parseChatOutput } from './parse-chat-output.js';
import { caught, chunk, completion, messages, model, sse, testClient } from './test-support/fixtures.js';
import { zodResponseFormat } from './zod-response-format.js';

const server = useTestServer();

const Event = z.object({ name: z.string(), date: z.string().nullable(), guests: z.array(z.string()) });
const eventFormat = zodResponseFormat(Event, 'event');
const parse = () => parseChatCompletion(testClient(server), { model, messages, response_format: eventFormat });
const answer = { name: 'Launch', date: null, guests: ['Ada'] };

describe('zodResponseFormat', () => {
  it('builds a strict json_schema format; the parser is not sent', async () => {
    expect(zodResponseFormat(Event, 'event', { description: 'A calendar event' })).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'event',
        description: 'A calendar event',
        strict: true,
        schema: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            date: { type: ['string', 'null'] },
            guests: { type: 'array', items: { type: 'string' } },
          },
          required: ['name', 'date', 'guests'],
          additionalProperties: false,
        },
      },
    });
    server.on('POST', '/chat/completions', { json: completion({ content: JSON.stringify(answer) }) });
    await parse();
    expect(server.lastRequest()?.json()).toMatchObject({ response_format: JSON.parse(JSON.stringify(eventFormat)) });
    expect(server.lastRequest()?.text()).not.toContain('parse');
  });

  it('names an optional field before anything is sent', () => {
    const schema = z.object({ title: z.string(), venue: z.object({ room: z.string().optional() }) });
    const error = (() => {
      try {
        zodResponseFormat(schema, 'event');
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error?.message).toMatch(/`venue\.room` is optional.*\.nullable\(\)/);
  });

  it('refuses a name the API would reject', () => {
    expect(() => zodResponseFormat(Event, 'my event')).toThrow(InvalidInputError);
  });

  it('takes zod/mini schemas', () => {
    expect(zodResponseFormat(zm.object({ ok: zm.boolean() }), 'ok').parse('{"ok":true}')).toEqual({ ok: true });
  });
});

describe('parseChatCompletion', () => {
  it('returns the completion with each message parsed and typed, its metadata kept', async () => {
    server.on('POST', '/chat/completions', { json: completion({ content: JSON.stringify(answer) }) });
    const parsed = await parse();
    expect(parsed.choices[0]?.message.parsed).toEqual(answer);
    expect(getResponseMeta(parsed)?.requestId).toMatch(/^req_/);
    expect(server.lastRequest()?.json()).toMatchObject({ model, messages });
    expect(server.lastRequest()?.json()).not.toHaveProperty('stream');
  });

  it('raises RefusalError when the model refuses', async () => {
    server.on('POST', '/chat/completions', { json: completion({ refusal: "I can't help with that." }) });
    const error = await caught(parse());
    expect(error).toBeInstanceOf(RefusalError);
    expect((error as RefusalError).refusal).toBe("I can't help with that.");
  });

  it.each(['length', 'content_filter'] as const)('raises TruncatedOutputError on finish_reason %s', async (reason) => {
    server.on('POST', '/chat/completions', { json: completion({ content: '{"name":"Lau' }, reason) });
    const error = await caught(parse());
    expect(error).toBeInstanceOf(TruncatedOutputError);
    expect((error as TruncatedOutputError).reason).toBe(reason);
  });

  it('raises OutputParseError on text that is not JSON, with the text', async () => {
    server.on('POST', '/chat/completions', { json: completion({ content: 'Sure! Here it is:' }) });
    const error = await caught(parse());
    expect(error).toBeInstanceOf(OutputParseError);
    expect(error.message).toMatch(/not valid JSON/);
    expect((error as OutputParseError).text).toBe('Sure! Here it is:');
  });

  it('raises OutputParseError on JSON that does not match the schema, naming the fields', async () => {
    const wrong = { name: 7, date: null, guests: 'Ada' };
    server.on('POST', '/chat/completions', { json: completion({ content: JSON.stringify(wrong) }) });
    const error = await caught(parse());
    expect(error).toBeInstanceOf(OutputParseError);
    expect(error.message).toMatch(/does not match the schema: name: .*; guests: /);
  });

  it('gives parsed: null when the model called tools instead of answering', async () => {
    const toolCalls = [{ id: 'c1', type: 'function' as const, function: { name: 'f', arguments: '{}' } }];
    server.on('POST', '/chat/completions', { json: completion({ tool_calls: toolCalls }, 'tool_calls') });
    expect((await parse()).choices[0]?.message.parsed).toBeNull();
  });

  it('reads plain JSON for a json_object format, typed unknown', async () => {
    server.on('POST', '/chat/completions', { json: completion({ content: '{"a":1}' }) });
    const parsed = await parseChatCompletion(testClient(server), {
      model,
      messages,
      response_format: { type: 'json_object' },
    });
    expect(parsed.choices[0]?.message.parsed).toEqual({ a: 1 });
    expectTypeOf(parsed.choices[0]!.message.parsed).toEqualTypeOf<unknown>();
  });
});

describe('parseChatOutput on a stream', () => {
  it('parses the final message of a streamed completion', async () => {
    const text = JSON.stringify(answer);
    server.on(
      'POST',
      '/chat/completions',
      sse(chunk({ content: text.slice(0, 10) }), chunk({ content: text.slice(10) }, { finish_reason: 'stop' })),
    );
    const body = { model, messages, response_format: eventFormat };
    const stream = chatCompletionStream(testClient(server), body);
    const parsed = parseChatOutput(await stream.finalChatCompletion(), body.response_format);
    expect(parsed.choices[0]?.message.parsed).toEqual(answer);
    expect(server.lastRequest()?.json()).toMatchObject({ response_format: { json_schema: { name: 'event' } } });
  });

  it('raises the same errors, TruncatedOutputError for a streamed cut-off answer', async () => {
    server.on('POST', '/chat/completions', sse(chunk({ content: '{"na' }, { finish_reason: 'length' })));
    const stream = chatCompletionStream(testClient(server), { model, messages, response_format: eventFormat });
    expect(
      await caught((async () => parseChatOutput(await stream.finalChatCompletion(), eventFormat))()),
    ).toBeInstanceOf(TruncatedOutputError);
  });
});
