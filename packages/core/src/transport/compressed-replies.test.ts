import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import type { Compression, ReplySpec } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { ClientOptions } from '../client/client-options.js';
import { createClient } from '../client/create-client.js';
import { BadRequestError } from '../errors/api-error.js';
import { APIConnectionError, APITimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { createBinaryResponse } from '../response/create-binary-response.js';
import { createEventStream } from '../streaming/create-event-stream.js';
import { caught } from '../test-support/caught.js';

const server = useTestServer();

const transports: [string, ClientOptions][] = [
  ['undici', {}],
  ['an injected fetch', { fetch: (url: string, init: RequestInit) => fetch(url, init) }],
];
const codings: Compression[] = ['gzip', 'deflate', 'br'];

const client = (options: ClientOptions = {}) =>
  createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, ...options });
const getJSON = (options: ClientOptions = {}) => client(options).request({ method: 'GET', path: '/models' });
const openStream = (options: ClientOptions = {}) =>
  client(options).request({
    method: 'POST',
    path: '/chat/completions',
    body: { stream: true },
    read: createEventStream<{ n: number }>,
  });
const download = (options: ClientOptions = {}) =>
  client(options).request({
    method: 'GET',
    path: '/files/{id}/content',
    pathParams: { id: 'f' },
    read: createBinaryResponse,
  });

async function collect(stream: AsyncIterable<{ n: number }>, seen: number[] = []): Promise<number[]> {
  for await (const event of stream) seen.push(event.n);
  return seen;
}

const models = { object: 'list', data: Array.from({ length: 50 }, (_, index) => ({ id: `model-${index}` })) };
const events = Array.from({ length: 20 }, (_, n) => ({ data: { n } }));
const audio = Buffer.from(new Uint8Array(200_000).map((_, index) => (index * 7) % 13));

describe.each(transports)('through %s', (_, transport) => {
  describe.each(codings)('%s', (compress) => {
    it('decodes a JSON reply', async () => {
      server.on('GET', '/models', { json: models, compress });
      await expect(getJSON(transport)).resolves.toEqual(models);
    });

    it('decodes an event stream, every event as it comes', async () => {
      server.on('POST', '/chat/completions', { sse: [...events, 'data: [DONE]\n\n'], compress });
      expect(await collect(await openStream(transport))).toEqual(events.map((event) => event.data.n));
    });

    it('decodes a binary download', async () => {
      server.on('GET', '/files/{id}/content', { body: audio, chunkSize: 16_384, compress });
      const content = await download(transport);
      // Compared as a Buffer: toEqual walks a large byte array element by element, slowly.
      expect(Buffer.from(await content.bytes()).equals(audio)).toBe(true);
    });

    it("decodes a reader's web stream", async () => {
      server.on('GET', '/models', { json: models, compress });
      const text = await client(transport).request({
        method: 'GET',
        path: '/models',
        read: (source) => new Response(source.webStream()).text(),
      });
      expect(JSON.parse(text)).toEqual(models);
    });

    it('decodes an error body into the APIError', async () => {
      server.on('GET', '/models', {
        status: 400,
        json: { error: { message: 'Bad model', type: 'invalid_request_error', code: 'bad_model', param: 'model' } },
        compress,
      });
      const error = await caught(getJSON(transport));
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({
        status: 400,
        code: 'bad_model',
        param: 'model',
        message: expect.stringContaining('Bad model'),
      });
    });
  });

  it('fails a stream that stalls mid compressed body with the idle timeout, after the events that came', async () => {
    server.on('POST', '/chat/completions', {
      sse: events,
      compress: 'gzip',
      fault: 'stall-mid-body',
      faultAfterChunks: 3,
    });
    const seen: number[] = [];
    const error = await caught(collect(await openStream({ ...transport, idleTimeout: 150 }), seen));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ timeoutKind: 'idle', timeoutMs: 150 });
    expect(seen).toEqual([0, 1, 2]);
    await server.waitForRequestClosed();
  });

  it('frees the connection when a compressed stream is aborted mid-body', async () => {
    server.on('POST', '/chat/completions', {
      sse: events,
      compress: 'br',
      fault: 'stall-mid-body',
      faultAfterChunks: 2,
    });
    const stream = await openStream(transport);
    const seen: number[] = [];
    const reading = caught(collect(stream, seen));
    await expect.poll(() => seen.length).toBe(2);
    stream.abort();
    expect(await reading).toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });

  it('fails a corrupt compressed JSON reply with APIConnectionError', async () => {
    server.on('GET', '/models', {
      body: 'this is not gzip',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    await expect(getJSON(transport)).rejects.toBeInstanceOf(APIConnectionError);
  });

  it('fails a download cut off mid compressed body with APIConnectionError', async () => {
    server.on('GET', '/files/{id}/content', {
      body: audio,
      chunkSize: 16_384,
      compress: 'deflate',
      fault: 'close-mid-body',
    });
    const content = await download(transport);
    await expect(content.bytes()).rejects.toBeInstanceOf(APIConnectionError);
  });
});

describe('the Node transport', () => {
  it('retries a corrupt compressed JSON reply, as a connection error', async () => {
    const corrupt = {
      body: 'this is not gzip',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    };
    server.on('GET', '/models', corrupt, corrupt, { json: models, compress: 'gzip' });
    await expect(getJSON({ maxRetries: 1 })).rejects.toThrow(APIConnectionError);
    expect(server.requests).toHaveLength(2);

    server.reset();
    server.on('GET', '/models', corrupt, { json: models, compress: 'gzip' });
    await expect(getJSON({ maxRetries: 1 })).resolves.toEqual(models);
  });

  it('fails a compressed stream whose bytes turn corrupt mid-body with APIConnectionError, after the events before', async () => {
    const good = gzipSync('data: {"n":0}\n\n').subarray(0, -8); // no trailer: more would follow
    const body = Buffer.concat([good, Buffer.from('garbage garbage garbage')]);
    server.on('POST', '/chat/completions', {
      body,
      chunkSize: good.byteLength,
      chunkDelayMs: 20,
      headers: { 'content-type': 'text/event-stream', 'content-encoding': 'gzip' },
    });
    const seen: number[] = [];
    const error = await caught(collect(await openStream(), seen));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/gzip response body could not be decoded/);
    expect(seen).toEqual([0]);
  });

  // A body read whole is decoded in one go; one read as it comes, through decoding streams.
  const readers: [string, (reply: ReplySpec) => Promise<unknown>][] = [
    [
      'read whole',
      (reply) => {
        server.on('GET', '/models', reply);
        return getJSON();
      },
    ],
    [
      'read as it comes',
      async (reply) => {
        server.on('GET', '/files/{id}/content', reply);
        const text = Buffer.from(await (await download()).bytes()).toString();
        return text === '' ? undefined : JSON.parse(text);
      },
    ],
  ];
  const encoded = (body: Uint8Array, contentEncoding: string, chunkSize?: number): ReplySpec => ({
    body,
    chunkSize,
    headers: { 'content-type': 'application/json', 'content-encoding': contentEncoding },
  });

  describe.each(readers)('%s', (_, read) => {
    it('fails a compressed body that ends cleanly but truncated, rather than return less', async () => {
      const whole = brotliCompressSync(JSON.stringify(models));
      const error = await caught(read(encoded(whole.subarray(0, whole.byteLength - 10), 'br')));
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error.message).toMatch(/br response body could not be decoded: unexpected end of file/);
    });

    it('fails a corrupt body with APIConnectionError naming the coding', async () => {
      const error = await caught(read(encoded(Buffer.from('this is not gzip'), 'gzip')));
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error.message).toMatch(/gzip response body could not be decoded: incorrect header check/);
    });

    it('decodes raw deflate as well as zlib-wrapped, however the bytes are split', async () => {
      await expect(read(encoded(deflateRawSync(JSON.stringify(models)), 'deflate', 1))).resolves.toEqual(models);
      await expect(read(encoded(deflateSync(JSON.stringify(models)), 'deflate', 1))).resolves.toEqual(models);
    });

    it('undoes stacked codings, the last applied first, and ignores identity and case', async () => {
      const body = brotliCompressSync(gzipSync(JSON.stringify(models)));
      await expect(read(encoded(body, 'X-GZIP, identity,BR'))).resolves.toEqual(models);
    });

    it('reads an empty compressed body as empty', async () => {
      await expect(read(encoded(new Uint8Array(0), 'gzip', 1))).resolves.toBe(undefined);
    });
  });

  it('passes identity through', async () => {
    server.on('GET', '/models', { json: models, headers: { 'content-encoding': 'identity' } });
    await expect(getJSON()).resolves.toEqual(models);
  });

  it('fails an encoding it cannot decode with an error naming it, unretried, and frees the connection', async () => {
    server.on('GET', '/models', {
      body: 'zstd bytes',
      headers: { 'content-type': 'application/json', 'content-encoding': 'zstd' },
    });
    const error = await caught(getJSON({ maxRetries: 2 }));
    expect(error).toBeInstanceOf(OpenAIError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(error.message).toContain('content-encoding "zstd"');
    expect(server.requests).toHaveLength(1);
    await server.waitForRequestClosed();
  });

  it('decodes a bomb no faster than it is read', async () => {
    // 256 gzip members of 1 MiB of zeros each: one gzip stream of 256 MiB, 260 KB on the wire.
    const bomb = Buffer.concat(Array.from({ length: 256 }).fill(gzipSync(Buffer.alloc(1 << 20))) as Buffer[]);
    server.on('GET', '/files/{id}/content', { body: bomb, headers: { 'content-encoding': 'gzip' } });
    const content = await download();
    const chunks = content[Symbol.asyncIterator]();
    const before = process.memoryUsage().arrayBuffers;
    await chunks.next();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Running ahead, it decodes some 80 MB a second here; held back, it decodes a chunk or two past the one read.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * 1024 ** 2);
    await chunks.return!();
    await server.waitForRequestClosed();
  });
});
