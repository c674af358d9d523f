import { Readable } from 'node:stream';
import { useTestServer } from '@org/testing/vitest';
import { Agent, type Dispatcher } from 'undici';
import { describe, expect, it } from 'vitest';
import type { ClientOptions } from '../client/client-options.js';
import { createClient } from '../client/create-client.js';
import { APIConnectionError, APITimeoutError } from '../errors/connection-errors.js';
import { StreamTruncatedError } from '../errors/stream-truncated-error.js';
import type { BinaryResponse } from '../response/binary-response.js';
import { createBinaryResponse } from '../response/create-binary-response.js';
import { createEventStream } from '../streaming/create-event-stream.js';
import { multipartBody } from '../uploads/multipart-body.js';
import { toFile } from '../uploads/to-file.js';

const server = useTestServer();

describe('injected fetch', () => {
  it('sends every request through it, JSON, streams and uploads alike', async () => {
    server.on('POST', '/embeddings', { json: { ok: 1 } });
    server.on('POST', '/chat/completions', { sse: [{ data: { n: 1 } }, 'data: [DONE]\n\n'] });
    server.on('POST', '/files', { json: { id: 'file-1' } });
    const urls: string[] = [];
    const client = createClient({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      fetch: (url, init) => {
        urls.push(url);
        return fetch(url, init);
      },
    });

    expect(await client.request({ method: 'POST', path: '/embeddings', body: {} })).toEqual({ ok: 1 });
    const stream = await client.request({ method: 'POST', path: '/chat/completions', read: createEventStream });
    const events = [];
    for await (const event of stream) events.push(event);
    await client.request({
      method: 'POST',
      path: '/files',
      body: multipartBody({ file: toFile(Readable.from([Buffer.from('streamed through fetch')]), 'a.txt') }),
    });

    expect(events).toEqual([{ n: 1 }]);
    expect(urls.map((url) => new URL(url).pathname)).toEqual(['/v1/embeddings', '/v1/chat/completions', '/v1/files']);
    expect(server.lastRequest()!.parts![0]!.text()).toBe('streamed through fetch');
  });
});

describe('user dispatcher', () => {
  it('is used for every request', async () => {
    server.on('GET', '/models', { json: {} });
    const tagging: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) =>
      dispatch(
        { ...options, headers: { ...(options.headers as Record<string, string>), 'x-via': 'my-agent' } },
        handler,
      );
    const dispatcher = new Agent().compose(tagging);
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, dispatcher });

    await client.request({ method: 'GET', path: '/models' });

    expect(server.lastRequest()!.headers['x-via']).toBe('my-agent');
    await dispatcher.close();
  });
});

describe('binary responses', () => {
  const audio = new Uint8Array(300_000).map((_, index) => index % 251);

  it('streams the body in chunks', async () => {
    server.on('POST', '/audio/speech', { body: audio, headers: { 'content-type': 'audio/mpeg' }, chunkSize: 65_536 });
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    const speech = (await client.request({
      method: 'POST',
      path: '/audio/speech',
      body: {},
      read: createBinaryResponse,
    })) satisfies BinaryResponse;
    let received = 0;
    for await (const chunk of speech) received += chunk.byteLength;
    expect(received).toBe(audio.byteLength);
    expect(speech.contentType).toBe('audio/mpeg');
  });

  it('frees the connection when a body is cancelled before it is read', async () => {
    server.on('GET', '/files/{id}/content', {
      body: audio,
      headers: { 'content-type': 'application/octet-stream' },
      chunkSize: 65_536,
      fault: 'stall-mid-body',
    });
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    const content = await client.request({
      method: 'GET',
      path: '/files/{id}/content',
      pathParams: { id: 'file-1' },
      read: createBinaryResponse,
    });
    content.cancel();
    await server.waitForRequestClosed();
  });

  it('reads the body whole', async () => {
    server.on('GET', '/files/{id}/content', { body: audio, headers: { 'content-type': 'application/octet-stream' } });
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    const content = (await client.request({
      method: 'GET',
      path: '/files/{id}/content',
      pathParams: { id: 'file-1' },
      read: createBinaryResponse,
    })) satisfies BinaryResponse;
    expect(await content.bytes()).toEqual(audio);
  });

  const readers: [string, (content: BinaryResponse) => Promise<unknown>][] = [
    ['bytes()', (content) => content.bytes()],
    [
      'for await',
      async (content) => {
        for await (const _chunk of content);
      },
    ],
    ['its web stream', (content) => new Response(content.body).arrayBuffer()],
  ];
  const transports: [string, ClientOptions][] = [
    ['undici', {}],
    ['an injected fetch', { fetch: (url: string, init: RequestInit) => fetch(url, init) }],
  ];
  const fileContent = (options: ClientOptions) =>
    createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, ...options }).request({
      method: 'GET',
      path: '/files/{id}/content',
      pathParams: { id: 'file-1' },
      read: createBinaryResponse,
    });

  describe.each(transports)('through %s', (_, transport) => {
    it.each(readers)('fails a body that stalls midway with the idle timeout, read by %s', async (_, read) => {
      server.on('GET', '/files/{id}/content', { body: audio, chunkSize: 65_536, fault: 'stall-mid-body' });
      const content = await fileContent({ ...transport, idleTimeout: 150 });
      const error = await read(content).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(error).toMatchObject({ timeoutKind: 'idle', timeoutMs: 150 });
      await server.waitForRequestClosed();
    });

    it.each(readers)('fails a body cut off midway with APIConnectionError, read by %s', async (_, read) => {
      server.on('GET', '/files/{id}/content', { body: audio, chunkSize: 65_536, fault: 'close-mid-body' });
      const content = await fileContent(transport);
      await expect(read(content)).rejects.toBeInstanceOf(APIConnectionError);
    });

    it('frees the connection when its web stream is cancelled before it is read', async () => {
      server.on('GET', '/files/{id}/content', { body: audio, chunkSize: 65_536, fault: 'stall-mid-body' });
      const content = await fileContent(transport);
      await content.body.cancel();
      await server.waitForRequestClosed();
    });

    it.each(readers)(
      'fails a body short of its declared length with APIConnectionError, read by %s',
      async (_, read) => {
        const length = String(audio.byteLength);
        server.on('GET', '/files/{id}/content', {
          body: audio,
          chunkSize: 65_536,
          headers: { 'content-length': length },
          fault: 'close-mid-body',
        });
        const content = await fileContent(transport);
        await expect(read(content)).rejects.toBeInstanceOf(APIConnectionError);
      },
    );
  });

  /** A fetch that passes on whatever bytes came, whatever the length said: the body stops halfway, cleanly. */
  const lengthBlindFetch = async (url: string, init: RequestInit) => {
    const response = await fetch(url, init);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return new Response(bytes.slice(0, bytes.byteLength / 2), { status: response.status, headers: response.headers });
  };

  it.each(readers)(
    'raises StreamTruncatedError for a body short of its content-length from a fetch that does not check, read by %s',
    async (_, read) => {
      server.on('GET', '/files/{id}/content', { body: audio });
      const content = await fileContent({ fetch: lengthBlindFetch });
      const error = await read(content).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StreamTruncatedError);
      expect((error as Error).message).toContain(`ended after ${audio.byteLength / 2} of ${audio.byteLength} bytes`);
    },
  );

  it('leaves a body with a content-encoding unchecked: its length counts the encoded bytes', async () => {
    server.on('GET', '/files/{id}/content', {
      body: audio,
      headers: { 'content-encoding': 'identity, identity' },
    });
    const content = await fileContent({ fetch: lengthBlindFetch });
    expect((await content.bytes()).byteLength).toBe(audio.byteLength / 2);
  });
});
