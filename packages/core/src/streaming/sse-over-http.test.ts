import { useTestServer } from '@org/testing/vitest';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { StreamError } from '../errors/stream-error.js';
import { StreamTruncatedError } from '../errors/stream-truncated-error.js';
import { getResponseMeta } from '../meta/response-meta.js';
import { caught } from '../test-support/caught.js';
import { createEventStream } from './create-event-stream.js';
import { streamFromReadableStream } from './stream-from-readable-stream.js';
import { teeStream } from './tee-stream.js';
import { toReadableStream } from './to-readable-stream.js';

const server = useTestServer();

type Chunk = { text: string };

const open = (apiKey = 'sk-test') =>
  createClient({ apiKey, baseURL: server.baseURL, maxRetries: 0 }).request({
    method: 'POST',
    path: '/chat/completions',
    body: { stream: true },
    read: createEventStream<Chunk>,
  });

async function collect(stream: AsyncIterable<Chunk>): Promise<string[]> {
  const texts: string[] = [];
  for await (const chunk of stream) texts.push(chunk.text);
  return texts;
}

describe('server-sent events over HTTP', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads %s line endings delivered one byte at a time', async (_, eol) => {
    const raw = [
      `data: {"text":"a"}${eol}${eol}`,
      `: keep-alive${eol}${eol}`,
      `data: {"text":"b"}${eol}${eol}`,
      `data: [DONE]${eol}${eol}`,
    ];
    server.on('POST', '/chat/completions', { sse: raw, chunkSize: 1 });
    expect(await collect(await open())).toEqual(['a', 'b']);
  });

  it.each([
    ['still arriving', { fault: 'stall-mid-body', faultAfterChunks: 1 } as const],
    ['already whole', {}],
  ])(
    'refuses an event stream %s sent to a call that reads JSON, naming `read`, and frees the connection',
    async (_, rest) => {
      server.on('POST', '/chat/completions', { sse: [{ data: { text: 'a' } }, { data: { text: 'b' } }], ...rest });
      const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
      const error = await caught(client.request({ method: 'POST', path: '/chat/completions', body: { stream: true } }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toMatch(/`read`.*createEventStream/);
      await server.waitForRequestClosed();
    },
  );

  it('joins multi-line data and keeps UTF-8 split across chunks intact', async () => {
    server.on('POST', '/chat/completions', {
      sse: ['data: {"text":\ndata: "€ – ✓ 日本"}\n\n', 'data: [DONE]\n\n'],
      chunkSize: 3,
    });
    expect(await collect(await open())).toEqual(['€ – ✓ 日本']);
  });

  it('ends at an exact [DONE] and ignores anything after it', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'a' } }, 'data: [DONE]\n\n', { data: { text: 'late' } }],
    });
    expect(await collect(await open())).toEqual(['a']);
  });

  it('does not take a forged "[DONE]x" for the end: it is bad data', async () => {
    server.on('POST', '/chat/completions', { sse: [{ data: { text: 'a' } }, 'data: [DONE]x\n\n'] });
    const error = await caught(collect(await open()));
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toContain('[DONE]x');
  });

  it('raises an error event as a typed StreamError', async () => {
    server.on('POST', '/chat/completions', {
      sse: [
        { data: { text: 'a' } },
        {
          event: 'error',
          data: { error: { message: 'overloaded', type: 'server_error', code: 'overloaded', param: null } },
        },
      ],
    });
    const error = await caught(collect(await open()));
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({
      code: 'overloaded',
      type: 'server_error',
      message: expect.stringContaining('overloaded'),
    });
  });

  it('raises an error payload without an event name', async () => {
    server.on('POST', '/chat/completions', { sse: [{ data: { error: { message: 'bad', code: 'x' } } }] });
    await expect(collect(await open())).rejects.toMatchObject({ name: 'StreamError', code: 'x' });
  });

  it.each([
    ['an error event', { sse: [{ event: 'error', data: { error: { message: 'key sk-echoed-key-1 refused' } } }] }],
    ['an error payload', { sse: [{ data: { error: { message: 'key sk-echoed-key-1 refused', code: 'x' } } }] }],
    ['a JSON reply', { json: { error: { message: 'key sk-echoed-key-1 refused' } } }],
    ['data that is not JSON', { sse: ['data: key sk-echoed-key-1 refused\n\n'] }],
  ])('never repeats the key when the server echoes it in %s', async (_, reply) => {
    server.on('POST', '/chat/completions', reply);
    const error = (await caught(collect(await open('sk-echoed-key-1')))) as unknown as StreamError;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toContain('key [redacted] refused');
    expect(error.message).not.toContain('sk-echoed-key-1');
    expect(JSON.stringify(error.error) ?? '').not.toContain('sk-echoed-key-1');
  });

  it('delivers a last event whose blank line never came', async () => {
    server.on('POST', '/chat/completions', { sse: ['data: {"text":"a"}\n\n', 'data: {"text":"b"}\n'] });
    expect(await collect(await open())).toEqual(['a', 'b']);
  });

  it('reports a body cut mid-stream as a connection error', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'a' } }, { data: { text: 'b' } }],
      fault: 'close-mid-body',
      faultAfterChunks: 1,
    });
    await expect(collect(await open())).rejects.toMatchObject({ name: 'APIConnectionError' });
  });

  it('keeps the connection open for the next request once the stream ends at [DONE]', async () => {
    // As real servers do, the body's end comes a little after [DONE].
    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'a' } }, 'data: [DONE]\n\n', ': end\n\n'],
      chunkDelayMs: 50,
    });
    const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, dispatcher });
    const before = server.openConnections;
    await collect(await client.request({ method: 'POST', path: '/chat/completions', read: createEventStream<Chunk> }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.openConnections).toBe(before + 1);
    await dispatcher.close();
  });

  it('carries the response metadata', async () => {
    server.on('POST', '/chat/completions', { sse: ['data: [DONE]\n\n'], headers: { 'x-request-id': 'req_s' } });
    const stream = await open();
    expect(stream.meta.requestId).toBe('req_s');
    expect(getResponseMeta(stream)?.requestId).toBe('req_s');
    await collect(stream);
  });

  it('tees into two streams that both see every event', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'a' } }, { data: { text: 'b' } }, 'data: [DONE]\n\n'],
    });
    const [left, right] = teeStream(await open());
    expect(await Promise.all([collect(left), collect(right)])).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });

  it('relays through a ReadableStream and rebuilds the same stream on the other side', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'héllo' } }, { data: { text: 'wörld' } }, 'data: [DONE]\n\n'],
    });
    const relayed = new Response(toReadableStream(await open()));
    const rebuilt = streamFromReadableStream<Chunk>(relayed.body!);
    expect(await collect(rebuilt)).toEqual(['héllo', 'wörld']);
  });
});

describe('the end of a stream over HTTP', () => {
  const events = [{ data: { text: 'a' } }, { data: { text: 'b' } }, { data: { text: 'c' } }];
  const openUntilDone = (options: { lenientStreamEnd?: boolean } = {}) =>
    createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, ...options }).request({
      method: 'POST',
      path: '/chat/completions',
      body: { stream: true },
      read: (source) => createEventStream<Chunk>(source, { end: '[DONE]' }),
    });

  it('raises a StreamTruncatedError after the events that came when a reply ends cleanly before [DONE]', async () => {
    server.on('POST', '/chat/completions', { sse: events, fault: 'end-mid-body', faultAfterChunks: 2 });
    const texts: string[] = [];
    const error = await caught(
      (async () => {
        for await (const chunk of await openUntilDone()) texts.push(chunk.text);
      })(),
    );
    expect(texts).toEqual(['a', 'b']);
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect(server.requests).toHaveLength(1);
  });

  it('raises one when a reply ends cleanly in the middle of an event', async () => {
    server.on('POST', '/chat/completions', { sse: events, chunkSize: 15, fault: 'end-mid-body', faultAfterChunks: 2 });
    const error = await caught(collect(await openUntilDone()));
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect((error as Error).message).toMatch(/mid-event/);
  });

  it('ends at the end of the body without [DONE] for a client made with lenientStreamEnd', async () => {
    server.on('POST', '/chat/completions', { sse: events });
    expect(await collect(await openUntilDone({ lenientStreamEnd: true }))).toEqual(['a', 'b', 'c']);
    await expect(collect(await openUntilDone())).rejects.toBeInstanceOf(StreamTruncatedError);
  });
});
