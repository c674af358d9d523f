import { getEventListeners } from 'node:events';
import { APIUserAbortError, StreamTruncatedError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatCompletionStream } from './chat-completion-stream.js';
import { chatCompletionStreamFromReadableStream } from './chat-completion-stream-from-readable-stream.js';
import { caught, chunk, collect, messages, model, sse, testClient } from './test-support/fixtures.js';

const server = useTestServer();
const open = (signal?: AbortSignal) => chatCompletionStream(testClient(server), { model, messages }, { signal });

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

/** Two content chunks, then a server that never finishes. */
const stalling = () => ({
  sse: [{ data: chunk({ content: 'Hel' }) }, { data: chunk({ content: 'lo' }) }, { data: chunk({}) }],
  fault: 'stall-mid-body' as const,
  faultAfterChunks: 2,
});

describe('ChatCompletionStream lifecycle', () => {
  it('abort() mid-stream rejects the loop and the result and closes the connection', async () => {
    server.on('POST', '/chat/completions', stalling());
    const stream = open();
    const final = stream.finalMessage();
    const error = await caught(
      (async () => {
        for await (const event of stream) if (event.type === 'content.delta') stream.abort('user left');
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(await caught(final)).toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
    expect(server.lastRequest()?.aborted).toBe(true);
  });

  it('an iterator closed before its first step aborts the stream and closes the connection', async () => {
    server.on('POST', '/chat/completions', stalling());
    const stream = open();
    await server.waitForRequests(1);
    // What an adapter such as `ReadableStream.from(stream)` does when cancelled before any read.
    await stream[Symbol.asyncIterator]().return();
    expect(await caught(stream.finalChatCompletion())).toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });

  it('abort() while the loop waits for the next chunk', async () => {
    server.on('POST', '/chat/completions', stalling());
    const stream = open();
    const seen: string[] = [];
    let sawBothChunks: () => void = () => {};
    const bothChunks = new Promise<void>((resolve) => {
      sawBothChunks = resolve;
    });
    const loop = caught(
      (async () => {
        for await (const event of stream) {
          seen.push(event.type);
          if (seen.filter((type) => type === 'content.delta').length === 2) sawBothChunks();
        }
      })(),
    );
    // The server stalls after the two chunks: once both are in and a tick has passed, the loop waits for a third.
    await bothChunks;
    await settle();
    stream.abort();
    expect(await loop).toBeInstanceOf(APIUserAbortError);
    expect(seen).toContain('content.delta');
    await server.waitForRequestClosed();
  });

  it("the caller's signal, before the response, settles everything without an unhandled rejection", async () => {
    server.on('POST', '/chat/completions', { ...sse(chunk({ content: 'late' })), delayMs: 5_000 });
    const controller = new AbortController();
    const stream = open(controller.signal);
    const final = stream.finalChatCompletion();
    stream.finalContent(); // never awaited
    await server.waitForRequests(1);
    controller.abort();
    expect(await caught(final)).toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('many streams sharing one signal put a single listener on it, aborted together, and let go of it', async () => {
    server.on('POST', '/chat/completions', { ...sse(chunk({ content: 'late' })), delayMs: 5_000 });
    const controller = new AbortController();
    const streams = Array.from({ length: 12 }, () => open(controller.signal));
    const finals = streams.map((stream) => caught(stream.finalChatCompletion()));
    await server.waitForRequests(12);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();
    for (const error of await Promise.all(finals)) expect(error).toBeInstanceOf(APIUserAbortError);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('an already aborted signal sends nothing', async () => {
    server.on('POST', '/chat/completions', sse(chunk({ content: 'Hi' })));
    const stream = open(AbortSignal.abort());
    expect(await caught(collect(stream))).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('leaving the loop early frees the connection and rejects the result', async () => {
    server.on('POST', '/chat/completions', stalling());
    const stream = open();
    for await (const event of stream) if (event.type === 'content.delta') break;
    expect(await caught(stream.finalChatCompletion())).toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });

  it('abort() before anything is read, with no one waiting, leaves nothing unhandled', async () => {
    server.on('POST', '/chat/completions', stalling());
    const stream = open();
    stream.finalContent();
    await server.waitForRequests(1);
    stream.abort();
    await server.waitForRequestClosed();
    await settle();
    expect(unhandled).toEqual([]);
  });
});

describe('relaying a stream', () => {
  const chunks = [
    chunk({ role: 'assistant', content: '' }),
    chunk({ content: 'Hé' }),
    chunk({ tool_calls: [{ index: 0, id: 'call_1', function: { name: 'f', arguments: '{}' } }] }),
    chunk({ content: '!' }, { finish_reason: 'stop' }),
    { ...chunk(undefined), choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } },
  ];

  it('rebuilds the same events and final completion from toReadableStream() sent as a Response', async () => {
    server.on('POST', '/chat/completions', sse(...chunks));
    const direct = open();
    const directEvents = await collect(direct);

    const upstream = open();
    const response = new Response(upstream.toReadableStream(), { headers: { 'content-type': 'application/x-ndjson' } });
    const rebuilt = chatCompletionStreamFromReadableStream(response.body!);
    expect(await collect(rebuilt)).toEqual(directEvents);
    expect(await rebuilt.finalChatCompletion()).toEqual(await direct.finalChatCompletion());
    expect(await upstream.finalChatCompletion()).toEqual(await direct.finalChatCompletion());
  });

  it('a relay cut short on the way (its last [DONE] line missing) rejects, never a shorter completion', async () => {
    server.on('POST', '/chat/completions', sse(...chunks));
    const relayed = await new Response(open().toReadableStream()).text();
    expect(relayed.endsWith('\n[DONE]\n')).toBe(true);
    const cut = relayed.slice(0, relayed.lastIndexOf('[DONE]'));
    const rebuilt = chatCompletionStreamFromReadableStream(new Blob([cut]).stream());
    expect(await caught(rebuilt.finalChatCompletion())).toBeInstanceOf(StreamTruncatedError);
    const lenient = chatCompletionStreamFromReadableStream(new Blob([cut]).stream(), { lenientStreamEnd: true });
    expect(await lenient.finalContent()).toBe('Hé!');
  });

  it('cancelling the relay aborts the upstream request', async () => {
    server.on('POST', '/chat/completions', stalling());
    const upstream = open();
    const rebuilt = chatCompletionStreamFromReadableStream(upstream.toReadableStream());
    for await (const event of rebuilt) if (event.type === 'content.delta') break;
    await server.waitForRequestClosed();
    expect(await caught(upstream.finalChatCompletion())).toBeInstanceOf(APIUserAbortError);
  });

  it('abort() on the rebuilt stream rejects it', async () => {
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const writer = writable.getWriter();
    await writer.ready;
    writer.write(new TextEncoder().encode(`${JSON.stringify(chunk({ content: 'a' }))}\n`));
    const rebuilt = chatCompletionStreamFromReadableStream(readable);
    const seen: string[] = [];
    const loop = caught(
      (async () => {
        for await (const event of rebuilt) {
          seen.push(event.type);
          if (event.type === 'chunk') rebuilt.abort();
        }
      })(),
    );
    expect(await loop).toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual(['content.delta', 'chunk']);
  });
});
