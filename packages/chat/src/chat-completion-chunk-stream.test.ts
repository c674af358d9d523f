import { APIUserAbortError, StreamTruncatedError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { chatCompletionChunkStream } from './chat-completion-chunk-stream.js';
import { chunk, messages, model, sse, testClient } from './test-support/fixtures.js';

const server = useTestServer();
const chunks = [
  chunk({ role: 'assistant', content: 'Hel' }),
  chunk({ content: 'lo' }),
  chunk({}, { finish_reason: 'stop' }),
];

describe('chatCompletionChunkStream', () => {
  it('yields the chunks as the server sent them and assembles the completion from them', async () => {
    server.on('POST', '/chat/completions', sse(...chunks));
    const stream = chatCompletionChunkStream(testClient(server), { model, messages });
    const seen: unknown[] = [];
    for await (const each of stream) seen.push(each);

    expect(seen).toEqual(chunks);
    expect(await stream.finalContent()).toBe('Hello');
    expect((await stream.finalChatCompletion()).choices[0]?.finish_reason).toBe('stop');
    expect(server.requests[0]?.json()).toMatchObject({ stream: true });
  });

  it('assembles without being iterated, and raises a stream cut before [DONE]', async () => {
    server.on('POST', '/chat/completions', sse(...chunks), {
      sse: chunks.map((data) => ({ data: JSON.stringify(data) })),
    });
    expect(await chatCompletionChunkStream(testClient(server), { model, messages }).finalMessage()).toMatchObject({
      role: 'assistant',
      content: 'Hello',
    });
    await expect(
      chatCompletionChunkStream(testClient(server), { model, messages }).finalContent(),
    ).rejects.toBeInstanceOf(StreamTruncatedError);
  });

  it('leaving the loop early aborts the request and rejects the final promises', async () => {
    server.on('POST', '/chat/completions', { ...sse(...chunks), fault: 'stall-mid-body', faultAfterChunks: 1 });
    const stream = chatCompletionChunkStream(testClient(server), { model, messages });
    for await (const _ of stream) break;

    await expect(stream.finalChatCompletion()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed(0);
  });
});
