import { AuthenticationError, InvalidResponseError, StreamError } from '@org/core';
import { errorReply } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatCompletionStream } from './chat-completion-stream.js';
import { caught, chunk, collect, messages, model, sse, testClient } from './test-support/fixtures.js';

const server = useTestServer();
const open = () => chatCompletionStream(testClient(server), { model, messages });

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const token = (text: string) => ({ token: text, logprob: -0.1, bytes: null, top_logprobs: [] });

describe('chatCompletionStream', () => {
  it('yields content events, each chunk, and assembles the completion', async () => {
    server.on(
      'POST',
      '/chat/completions',
      sse(
        chunk({ role: 'assistant', content: '' }),
        chunk({ content: 'Hel' }),
        chunk({ content: 'lo' }),
        chunk({}, { finish_reason: 'stop' }),
      ),
    );
    const stream = open();
    const events = await collect(stream);
    expect(events.filter((event) => event.type !== 'chunk')).toEqual([
      { type: 'content.delta', choiceIndex: 0, delta: 'Hel', snapshot: 'Hel' },
      { type: 'content.delta', choiceIndex: 0, delta: 'lo', snapshot: 'Hello' },
      { type: 'content.done', choiceIndex: 0, content: 'Hello' },
    ]);
    expect(events.map((event) => event.type)).toEqual([
      'chunk',
      'content.delta',
      'chunk',
      'content.delta',
      'chunk',
      'content.done',
      'chunk',
    ]);
    expect(await stream.finalChatCompletion()).toEqual({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hello', refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
    });
    expect(await stream.finalContent()).toBe('Hello');
    expect(stream.meta?.requestId).toMatch(/^req_/);
    expect(server.lastRequest()?.json()).toMatchObject({ model, stream: true });
  });

  it('yields refusal, tool-call and logprobs events', async () => {
    server.on(
      'POST',
      '/chat/completions',
      sse(
        chunk({ refusal: 'No' }, { logprobs: { content: null, refusal: [token('No')] } }),
        chunk({ refusal: '.' }, { logprobs: { content: null, refusal: [token('.')] } }),
        chunk({}, { index: 1, logprobs: { content: [token('A')], refusal: null } }),
        chunk({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"a":' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '1}' } }] }),
        chunk({}, { finish_reason: 'tool_calls' }),
        chunk({}, { index: 1, finish_reason: 'stop' }),
      ),
    );
    const stream = open();
    const events = (await collect(stream)).filter((event) => event.type !== 'chunk');
    expect(events).toEqual([
      { type: 'refusal.delta', choiceIndex: 0, delta: 'No', snapshot: 'No' },
      { type: 'logprobs.refusal.delta', choiceIndex: 0, delta: [token('No')], snapshot: [token('No'), token('.')] },
      { type: 'refusal.delta', choiceIndex: 0, delta: '.', snapshot: 'No.' },
      { type: 'logprobs.refusal.delta', choiceIndex: 0, delta: [token('.')], snapshot: [token('No'), token('.')] },
      { type: 'logprobs.content.delta', choiceIndex: 1, delta: [token('A')], snapshot: [token('A')] },
      {
        type: 'tool_call.arguments.delta',
        choiceIndex: 0,
        index: 0,
        id: 'call_1',
        name: 'f',
        delta: '{"a":',
        snapshot: '{"a":',
      },
      {
        type: 'tool_call.arguments.delta',
        choiceIndex: 0,
        index: 0,
        id: 'call_1',
        name: 'f',
        delta: '1}',
        snapshot: '{"a":1}',
      },
      { type: 'refusal.done', choiceIndex: 0, refusal: 'No.' },
      { type: 'tool_call.arguments.done', choiceIndex: 0, index: 0, id: 'call_1', name: 'f', arguments: '{"a":1}' },
      { type: 'logprobs.refusal.done', choiceIndex: 0, refusal: [token('No'), token('.')] },
      { type: 'logprobs.content.done', choiceIndex: 1, content: [token('A')] },
    ]);
    const final = await stream.finalChatCompletion();
    expect(final.choices.map((choice) => choice.finish_reason)).toEqual(['tool_calls', 'stop']);
    expect(final.choices[0]?.message).toEqual({
      role: 'assistant',
      content: null,
      refusal: 'No.',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }],
    });
    expect(final.choices[0]?.logprobs).toEqual({ content: null, refusal: [token('No'), token('.')] });
  });

  it('reads the whole stream for finalChatCompletion() when nothing iterates it', async () => {
    server.on('POST', '/chat/completions', sse(chunk({ content: 'Hi' }), chunk({}, { finish_reason: 'stop' })));
    const stream = open();
    expect((await stream.finalMessage()).content).toBe('Hi');
    expect(() => stream[Symbol.asyncIterator]()).toThrow(StreamError);
  });

  it('lets the result be asked for before iterating: holding the promise reads nothing', async () => {
    server.on('POST', '/chat/completions', sse(chunk({ content: 'Hi' }), chunk({}, { finish_reason: 'stop' })));
    const stream = open();
    const final = stream.finalContent();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await collect(stream)).map((event) => event.type)).toContain('content.done');
    expect(await final).toBe('Hi');
  });

  it('can be iterated only once', async () => {
    server.on('POST', '/chat/completions', sse(chunk({ content: 'Hi' })));
    const stream = open();
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already consumed/);
  });

  it('raises an API error as its typed error, in the loop and from the result, never unhandled', async () => {
    server.on('POST', '/chat/completions', errorReply(401, 'Incorrect API key provided'));
    const stream = open();
    const error = await caught(collect(stream));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/Incorrect API key/);
    expect(await caught(stream.finalChatCompletion())).toBe(error);
    expect(await caught(open().finalChatCompletion())).toBeInstanceOf(AuthenticationError);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('raises a mid-stream error event as a StreamError after the events before it', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: chunk({ content: 'Hi' }) }, { event: 'error', data: { error: { message: 'overloaded' } } }],
    });
    const stream = open();
    const seen: string[] = [];
    const error = await caught(
      (async () => {
        for await (const event of stream) seen.push(event.type);
      })(),
    );
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe('overloaded');
    expect(seen).toEqual(['content.delta', 'chunk']);
    expect(await caught(stream.finalChatCompletion())).toBe(error);
  });

  it('fails, rather than giving an empty completion, when the server ignores stream: true and answers JSON', async () => {
    const completion = { id: 'chatcmpl-1', choices: [{ index: 0, message: { role: 'assistant', content: 'Hello' } }] };
    server.on('POST', '/chat/completions', { json: completion });
    const error = await caught(open().finalChatCompletion());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toMatch(/is no event stream: \{"id":"chatcmpl-1"/);
    expect(error).toMatchObject({ meta: { status: 200 } });
  });

  it('does not leave an unobserved failure unhandled', async () => {
    server.on('POST', '/chat/completions', errorReply(500, 'boom'));
    open();
    await server.waitForRequests(1);
    await settle();
    expect(unhandled).toEqual([]);
  });
});
