import { createClient, StreamTruncatedError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { chatCompletionStream } from './chat-completion-stream.js';
import { streamChatCompletion } from './generated/functions/stream-chat-completion.js';
import { caught, chunk, collect, messages, model, sse } from './test-support/fixtures.js';

const server = useTestServer();
const client = (lenientStreamEnd?: boolean) =>
  createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, lenientStreamEnd });

const chunks = [chunk({ role: 'assistant', content: 'Hel' }), chunk({ content: 'lo' })];
const finished = [...chunks, chunk({}, { finish_reason: 'stop' })];
/** The chunks as an SSE reply that stops without `[DONE]`. */
const withoutDone = (...data: unknown[]) => ({ sse: data.map((item) => ({ data: item })) });

describe('where a chat completion stream ends', () => {
  it('is whole at [DONE]', async () => {
    server.on('POST', '/chat/completions', sse(...finished));
    const completion = await chatCompletionStream(client(), { model, messages }).finalChatCompletion();
    expect(completion.choices[0]?.message.content).toBe('Hello');
  });

  it('raises StreamTruncatedError from the raw stream and finalChatCompletion() when the reply stops mid-answer', async () => {
    server.on('POST', '/chat/completions', withoutDone(...chunks));
    const error = await caught(collect(await streamChatCompletion(client(), { model, messages })));
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect(error.message).toMatch(/before \[DONE\]/);

    const stream = chatCompletionStream(client(), { model, messages });
    const failure = await caught(stream.finalChatCompletion());
    expect(failure).toBeInstanceOf(StreamTruncatedError);
    await expect(stream.finalContent()).rejects.toBe(failure);
  });

  it('raises it too, by default, when every choice has its finish_reason but [DONE] never comes', async () => {
    // A finish_reason ends a choice, not the stream: a usage chunk or another choice may still be on its way.
    server.on('POST', '/chat/completions', withoutDone(...finished));
    const stream = chatCompletionStream(client(), { model, messages });
    const events = await caught(collect(stream));
    expect(events).toBeInstanceOf(StreamTruncatedError);
    await expect(stream.finalChatCompletion()).rejects.toBeInstanceOf(StreamTruncatedError);
  });

  it('is whole at the end of the body, [DONE] or not, from a client made with lenientStreamEnd', async () => {
    server.on('POST', '/chat/completions', withoutDone(...finished));
    const completion = await chatCompletionStream(client(true), { model, messages }).finalChatCompletion();
    expect(completion.choices[0]).toMatchObject({ finish_reason: 'stop', message: { content: 'Hello' } });
  });

  it('raises StreamTruncatedError even from a lenient client when the body stops in the middle of an event', async () => {
    server.on('POST', '/chat/completions', { ...sse(...finished), chunkSize: 50, fault: 'end-mid-body' });
    const stream = chatCompletionStream(client(true), { model, messages });
    await expect(stream.finalChatCompletion()).rejects.toBeInstanceOf(StreamTruncatedError);
  });
});
