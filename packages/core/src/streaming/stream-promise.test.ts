import { errorReply } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { RateLimitError } from '../errors/api-error.js';
import { caught } from '../test-support/caught.js';
import { createEventStream } from './create-event-stream.js';
import { streamPromise } from './stream-promise.js';

const server = useTestServer();

type Chunk = { text: string };

const open = () =>
  streamPromise(
    createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 }).request({
      method: 'POST',
      path: '/chat/completions',
      body: { stream: true },
      read: createEventStream<Chunk>,
    }),
  );

describe('StreamPromise', () => {
  it('is iterated directly, without awaiting the stream first', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'a' } }, { data: { text: 'b' } }, 'data: [DONE]\n\n'],
    });
    const texts: string[] = [];
    for await (const chunk of open()) texts.push(chunk.text);
    expect(texts).toEqual(['a', 'b']);
  });

  it('still resolves to the stream, with its metadata', async () => {
    server.on('POST', '/chat/completions', { sse: ['data: [DONE]\n\n'], headers: { 'x-request-id': 'req_p' } });
    expect((await open()).meta.requestId).toBe('req_p');
  });

  it('frees the connection when the loop is left early', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'a' } }, { data: { text: 'b' } }],
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    for await (const chunk of open()) if (chunk.text === 'a') break;
    await server.waitForRequestClosed();
    expect(server.lastRequest()?.aborted).toBe(true);
  });

  it("raises the call's typed error from the loop", async () => {
    server.on('POST', '/chat/completions', errorReply(429, 'Slow down'));
    const error = await caught(
      (async () => {
        for await (const _chunk of open());
      })(),
    );
    expect(error).toBeInstanceOf(RateLimitError);
  });
});
