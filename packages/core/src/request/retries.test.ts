import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { ClientOptions } from '../client/client-options.js';
import { createClient } from '../client/create-client.js';
import { InternalServerError, RateLimitError } from '../errors/api-error.js';
import { APIConnectionError } from '../errors/connection-errors.js';
import { getResponseMeta } from '../meta/response-meta.js';
import { createEventStream } from '../streaming/create-event-stream.js';
import { caught } from '../test-support/caught.js';

const server = useTestServer();

const client = (options: ClientOptions = {}) =>
  createClient({ apiKey: 'sk-test', baseURL: server.baseURL, ...options });
const post = (options: ClientOptions = {}, requestOptions = {}) =>
  client(options).request({ method: 'POST', path: '/chat/completions', body: { model: 'm' } }, requestOptions);
const noWait = { 'retry-after-ms': '0' };

describe('retries', () => {
  it.each([408, 409, 429, 500, 503])('retries a %i and returns the later success', async (status) => {
    server.on(
      'POST',
      '/chat/completions',
      { status, headers: noWait, json: { error: { message: 'busy' } } },
      { json: { id: 'ok' } },
    );

    const result = await post();

    expect(result).toEqual({ id: 'ok' });
    expect(server.requests).toHaveLength(2);
    expect(getResponseMeta(result)?.attempts).toBe(2);
  });

  it.each([400, 401, 403, 404, 422])('does not retry a %i', async (status) => {
    server.on('POST', '/chat/completions', { status, json: { error: { message: 'no' } } });
    await expect(post()).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it('obeys x-should-retry over the status', async () => {
    server.on('POST', '/chat/completions', { status: 500, headers: { 'x-should-retry': 'false' }, json: {} });
    await expect(post()).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);

    server.reset();
    server.on(
      'POST',
      '/chat/completions',
      { status: 400, headers: { 'x-should-retry': 'true', ...noWait } },
      { json: {} },
    );
    await post();
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after maxRetries, per client and per call', async () => {
    server.on('POST', '/chat/completions', { status: 500, headers: noWait, json: {} });
    await expect(post({ maxRetries: 3 })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(4);

    server.reset();
    server.on('POST', '/chat/completions', { status: 500, headers: noWait, json: {} });
    await expect(post({ maxRetries: 3 }, { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a reset connection', async () => {
    server.on('POST', '/chat/completions', { fault: 'reset' }, { json: { id: 'ok' } });
    await expect(post()).resolves.toEqual({ id: 'ok' });
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('reports a connection error once retries are spent', async () => {
    server.on('POST', '/chat/completions', { fault: 'reset' });
    await expect(post({ maxRetries: 1 })).rejects.toBeInstanceOf(APIConnectionError);
  });

  it('waits as long as retry-after-ms says', async () => {
    server.on(
      'POST',
      '/chat/completions',
      { status: 429, headers: { 'retry-after-ms': '300' }, json: {} },
      { json: {} },
    );
    const started = performance.now();
    await post();
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('waits as long as retry-after says, in seconds or as a date', async () => {
    const delays: number[] = [];
    const hooks = { onRetry: ({ delayMs }: { delayMs: number }) => delays.push(delayMs) };
    server.on('POST', '/chat/completions', { status: 503, headers: { 'retry-after': '1' }, json: {} }, { json: {} });
    await post({ hooks });

    server.reset();
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    server.on(
      'POST',
      '/chat/completions',
      { status: 503, headers: { 'retry-after': inTwoSeconds }, json: {} },
      { json: {} },
    );
    await post({ hooks, maxRetryAfter: 5000 });

    expect(delays[0]).toBe(1000);
    expect(delays[1]).toBeGreaterThan(500);
    expect(delays[1]).toBeLessThanOrEqual(2000);
  });

  it('surfaces the error instead of waiting longer than maxRetryAfter', async () => {
    server.on('POST', '/chat/completions', { status: 429, headers: { 'retry-after': '120' }, json: {} });
    const error = await caught(post({ maxRetryAfter: 60_000 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.meta).toMatchObject({ retryAfterMs: 120_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('backs off on its own when the server names no wait', async () => {
    const delays: number[] = [];
    server.on('POST', '/chat/completions', { status: 500, json: {} }, { status: 500, json: {} }, { json: {} });
    await post({ hooks: { onRetry: ({ delayMs }) => delays.push(delayMs) } });
    expect(delays[0]).toBeGreaterThanOrEqual(375);
    expect(delays[0]).toBeLessThanOrEqual(500);
    expect(delays[1]).toBeGreaterThanOrEqual(750);
    expect(delays[1]).toBeLessThanOrEqual(1000);
  });

  it('tells onRetry what failed and which attempt comes next', async () => {
    const seen: unknown[] = [];
    server.on('POST', '/chat/completions', { status: 502, headers: noWait, json: {} }, { json: {} });
    await post({ hooks: { onRetry: (retry) => seen.push([retry.nextAttempt, retry.error.constructor.name]) } });
    expect(seen).toEqual([[1, 'InternalServerError']]);
  });
});

describe('stream retries', () => {
  type Chunk = { text: string };
  const events = [{ data: { text: 'a' } }, { data: { text: 'b' } }, 'data: [DONE]\n\n'];
  const openStream = (options: ClientOptions = {}) =>
    client(options).request({
      method: 'POST',
      path: '/chat/completions',
      body: { stream: true },
      read: createEventStream<Chunk>,
    });
  const texts = async (stream: AsyncIterable<Chunk>) => {
    const seen: string[] = [];
    for await (const chunk of stream) seen.push(chunk.text);
    return seen;
  };

  it.each([
    ['undici', {}],
    ['fetch', { fetch: globalThis.fetch }],
  ])('retries a stream cut after its headers but before its first byte (%s)', async (_, options) => {
    server.on(
      'POST',
      '/chat/completions',
      { sse: events, fault: 'close-mid-body', faultAfterChunks: 0 },
      { sse: events },
    );
    const stream = await openStream(options);
    expect(await texts(stream)).toEqual(['a', 'b']);
    expect(server.requests).toHaveLength(2);
    expect(stream.meta.attempts).toBe(2);
  });

  it('retries a stream that stays silent past idleTimeout before its first byte', async () => {
    server.on(
      'POST',
      '/chat/completions',
      { sse: events, fault: 'stall-mid-body', faultAfterChunks: 0 },
      { sse: events },
    );
    expect(await texts(await openStream({ idleTimeout: 150 }))).toEqual(['a', 'b']);
    expect(server.requests).toHaveLength(2);
  });

  it('never retries a stream once bytes have arrived: the reader gets the events, then the error', async () => {
    server.on(
      'POST',
      '/chat/completions',
      { sse: events, fault: 'close-mid-body', faultAfterChunks: 1 },
      { sse: events },
    );
    const seen: string[] = [];
    const error = await caught(
      (async () => {
        for await (const chunk of await openStream()) seen.push(chunk.text);
      })(),
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(seen).toEqual(['a']);
    expect(server.requests).toHaveLength(1);
  });

  it('hands a reader of the raw web stream the whole body, first byte included', async () => {
    server.on('POST', '/chat/completions', { sse: events, chunkSize: 7 });
    const body = await client().request({
      method: 'POST',
      path: '/chat/completions',
      read: (source) => new Response(source.webStream()).text(),
    });
    expect(body).toBe('data: {"text":"a"}\n\ndata: {"text":"b"}\n\ndata: [DONE]\n\n');
  });
});

describe('idempotency keys', () => {
  it('sends one key on every attempt of a call, and a new key for the next call', async () => {
    server.on(
      'POST',
      '/chat/completions',
      { status: 500, headers: noWait, json: {} },
      { status: 500, headers: noWait, json: {} },
      { json: {} },
    );
    await post();
    await post();
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(4);
    expect(keys[0]).toMatch(/^openai-sdk-/);
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it('uses the key the caller gives', async () => {
    server.on('POST', '/chat/completions', { json: {} });
    await post({}, { idempotencyKey: 'order-42' });
    expect(server.lastRequest()?.headers['idempotency-key']).toBe('order-42');
  });

  it('sends none on GET', async () => {
    server.on('GET', '/models', { json: {} });
    await client().request({ method: 'GET', path: '/models' });
    expect(server.lastRequest()?.headers['idempotency-key']).toBeUndefined();
  });
});
