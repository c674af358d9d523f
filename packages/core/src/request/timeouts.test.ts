import { getEventListeners } from 'node:events';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { ClientOptions } from '../client/client-options.js';
import { createClient } from '../client/create-client.js';
import { APITimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { createBinaryResponse } from '../response/create-binary-response.js';
import { createEventStream } from '../streaming/create-event-stream.js';
import { caught } from '../test-support/caught.js';

const server = useTestServer();

const client = (options: ClientOptions = {}) =>
  createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, ...options });
const get = (options: ClientOptions = {}, requestOptions = {}) =>
  client(options).request({ method: 'GET', path: '/models' }, requestOptions);
const openStream = (options: ClientOptions = {}, requestOptions = {}) =>
  client(options).request(
    { method: 'POST', path: '/chat/completions', body: { stream: true }, read: createEventStream<{ n: number }> },
    requestOptions,
  );

describe('attempt timeout', () => {
  it('fails a stalled request with a typed timeout and closes the connection', async () => {
    server.on('GET', '/models', { fault: 'stall' });
    const error = await caught(get({}, { timeout: 150 }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ timeoutKind: 'attempt', timeoutMs: 150 });
    await server.waitForRequestClosed(0);
  });

  it('retries a timed-out attempt', async () => {
    server.on('GET', '/models', { fault: 'stall' }, { json: { ok: true } });
    await expect(get({ maxRetries: 1, timeout: 150 })).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('covers reading the body of a JSON reply', async () => {
    server.on('GET', '/models', { fault: 'stall-mid-body', body: '{"data": [1, 2, 3]}', chunkSize: 5 });
    await expect(get({ timeout: 200 })).rejects.toMatchObject({ timeoutKind: 'attempt' });
  });
});

describe('total timeout', () => {
  it('bounds the whole call, retries and waits included, and is not retried itself', async () => {
    server.on('GET', '/models', { status: 500, headers: { 'retry-after-ms': '400' } });
    const started = performance.now();
    const error = await caught(get({ maxRetries: 5 }, { totalTimeout: 600 }));
    expect(error).toMatchObject({ timeoutKind: 'total', timeoutMs: 600 });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(server.requests.length).toBeLessThanOrEqual(2);
  });

  it('bounds a stream body too', async () => {
    server.on('POST', '/chat/completions', { sse: [{ data: { n: 1 } }, { data: { n: 2 } }], fault: 'stall-mid-body' });
    const stream = await openStream({}, { totalTimeout: 300 });
    const seen: number[] = [];
    const error = await caught(
      (async () => {
        for await (const event of stream) seen.push(event.n);
      })(),
    );
    expect(error).toMatchObject({ timeoutKind: 'total' });
    await server.waitForRequestClosed(0);
  });
});

describe('idle timeout', () => {
  it('fails a stream that goes silent between chunks, and frees the socket', async () => {
    server.on('POST', '/chat/completions', { sse: [{ data: { n: 1 } }, { data: { n: 2 } }], fault: 'stall-mid-body' });
    const stream = await openStream({ idleTimeout: 200 });
    const seen: number[] = [];
    const error = await caught(
      (async () => {
        for await (const event of stream) seen.push(event.n);
      })(),
    );
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.timeoutKind).toBe('idle');
    expect(seen.length).toBeGreaterThanOrEqual(1);
    await server.waitForRequestClosed(0);
  });

  it('defaults to the attempt timeout, so a silent stream never hangs the reader', async () => {
    server.on('POST', '/chat/completions', { sse: [{ data: { n: 1 } }, { data: { n: 2 } }], fault: 'stall-mid-body' });
    const stream = await openStream({ timeout: 300 });
    const seen: number[] = [];
    const error = await caught(
      (async () => {
        for await (const event of stream) seen.push(event.n);
      })(),
    );
    expect(error).toMatchObject({ name: 'APITimeoutError', timeoutKind: 'idle', timeoutMs: 300 });
    expect(seen).toEqual([1]);
    await server.waitForRequestClosed(0);
  });

  it('lets a slow but steady stream finish', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { n: 1 } }, { data: { n: 2 } }, { data: { n: 3 } }, 'data: [DONE]\n\n'],
      chunkDelayMs: 120,
    });
    const stream = await openStream({ idleTimeout: 400 });
    const seen: number[] = [];
    for await (const event of stream) seen.push(event.n);
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('idle timeout, counting only the waits for the next chunk', () => {
  const events = [{ data: { n: 1 } }, { data: { n: 2 } }, { data: { n: 3 } }, 'data: [DONE]\n\n'];
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('lets a reader take longer than idleTimeout over each event of a steady stream', async () => {
    server.on('POST', '/chat/completions', { sse: events, chunkDelayMs: 20 });
    const stream = await openStream({ idleTimeout: 150 });
    const seen: number[] = [];
    for await (const event of stream) {
      seen.push(event.n);
      await pause(250);
    }
    expect(seen).toEqual([1, 2, 3]);
  });

  it('lets a reader start later than idleTimeout after the reply arrived', async () => {
    server.on('POST', '/chat/completions', { sse: events });
    const stream = await openStream({ idleTimeout: 150 });
    await pause(300);
    const seen: number[] = [];
    for await (const event of stream) seen.push(event.n);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('never cuts a binary body that keeps coming, however long it takes', async () => {
    server.on('GET', '/files/file_1/content', { body: 'x'.repeat(50), chunkSize: 10, chunkDelayMs: 100 });
    const response = await client({ idleTimeout: 150 }).request({
      method: 'GET',
      path: '/files/file_1/content',
      read: createBinaryResponse,
    });
    expect(await response.text()).toBe('x'.repeat(50));
  });
});

describe('abort', () => {
  it('aborts a request in flight with the user signal and closes the connection', async () => {
    server.on('GET', '/models', { fault: 'stall' });
    const controller = new AbortController();
    const pending = get({}, { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed(0);
  });

  it('lets any number of concurrent calls share one signal: one listener, no leak warning, all aborted', async () => {
    server.on('GET', '/models', { fault: 'stall' });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const controller = new AbortController();
      const calls = Array.from({ length: 20 }, () => caught(get({}, { signal: controller.signal })));
      await server.waitForRequests(20);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
      controller.abort();
      for (const error of await Promise.all(calls)) expect(error).toBeInstanceOf(APIUserAbortError);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
      // Node reports the warning on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('lets go of a shared signal once the calls on it are over', async () => {
    server.on('GET', '/models', { json: { data: [] } });
    const controller = new AbortController();
    await Promise.all(Array.from({ length: 3 }, () => get({}, { signal: controller.signal })));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('sends nothing when the signal is already aborted', async () => {
    await expect(get({}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('is never retried', async () => {
    server.on('GET', '/models', { status: 500, headers: { 'retry-after-ms': '5000' } });
    const controller = new AbortController();
    const pending = get({ maxRetries: 3 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('aborts a stream mid-body from the user signal', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { n: 1 } }, { data: { n: 2 } }],
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    const controller = new AbortController();
    const stream = await openStream({}, { signal: controller.signal });
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ n: 1 });
    const waiting = iterator.next();
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed(0);
  });

  it('frees the connection when a for-await loop is left early', async () => {
    server.on('POST', '/chat/completions', { sse: [{ data: { n: 1 } }, { data: { n: 2 } }], fault: 'stall-mid-body' });
    const stream = await openStream();
    for await (const event of stream) {
      expect(event.n).toBe(1);
      break;
    }
    await server.waitForRequestClosed(0);
  });

  it('frees the connection on stream.abort()', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { n: 1 } }, { data: { n: 2 } }],
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    const stream = await openStream();
    const consuming = (async () => {
      for await (const _ of stream) stream.abort();
    })();
    await expect(consuming).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed(0);
  });
});
