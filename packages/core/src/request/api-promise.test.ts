import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { NotFoundError } from '../errors/api-error.js';
import { APITimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { requestPage } from '../pagination/request-page.js';
import { createEventStream } from '../streaming/create-event-stream.js';
import { caught } from '../test-support/caught.js';

const server = useTestServer();

const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const headers = { 'x-ratelimit-remaining-requests': '99', 'x-request-id': 'req_abc' };

describe('withResponse()', () => {
  it('gives the JSON result with its response, request id and rate limits', async () => {
    server.on('GET', '/models/m', { json: { id: 'm' }, headers });
    const { data, response, request_id, meta } = await client()
      .request({ method: 'GET', path: '/models/m' })
      .withResponse();
    expect(data).toEqual({ id: 'm' });
    expect(request_id).toBe('req_abc');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('99');
    expect(meta.rateLimit.remainingRequests).toBe(99);
  });

  it('gives the response of a call that returns nothing, and of one that returns text', async () => {
    server.on('DELETE', '/responses/resp_1', { status: 204, headers });
    const deleted = await client().request({ method: 'DELETE', path: '/responses/resp_1' }).withResponse();
    expect(deleted.data).toBeUndefined();
    expect(deleted.response.status).toBe(204);
    expect(deleted.request_id).toBe('req_abc');

    server.on('GET', '/files/f/content', { body: 'plain words', headers });
    const text = await client().request({ method: 'GET', path: '/files/f/content' }).withResponse();
    expect(text.data).toBe('plain words');
    expect(text.meta.status).toBe(200);
  });

  it('gives a stream with its response, still to be read', async () => {
    server.on('POST', '/chat/completions', { sse: [{ data: { n: 1 } }, 'data: [DONE]\n\n'], headers });
    const { data, request_id } = await client()
      .request({ method: 'POST', path: '/chat/completions', body: {}, read: createEventStream<{ n: number }> })
      .withResponse();
    expect(request_id).toBe('req_abc');
    const items: number[] = [];
    for await (const item of data) items.push(item.n);
    expect(items).toEqual([1]);
  });

  it('gives the first page of a list with its response; the promise still iterates every item', async () => {
    const pages = [
      { json: { data: [{ id: 'a' }], has_more: true, last_id: 'a' }, headers },
      { json: { data: [{ id: 'b' }], has_more: false } },
    ];
    const list = () => requestPage<{ id: string }>(client(), { method: 'GET', path: '/models' });
    server.on('GET', '/models', ...pages);
    const { data, request_id } = await list().withResponse();
    expect(data.data).toEqual([{ id: 'a' }]);
    expect(request_id).toBe('req_abc');
    server.on('GET', '/models', ...pages);
    const ids: string[] = [];
    for await (const model of list()) ids.push(model.id);
    expect(ids).toEqual(['a', 'b']);
  });

  it('rejects as the call does', async () => {
    server.on('GET', '/models/x', { status: 404, json: { error: { message: 'no such model' } } });
    await expect(client().request({ method: 'GET', path: '/models/x' }).withResponse()).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('asResponse()', () => {
  it('gives the raw response with its body unread, and the call itself resolves to it', async () => {
    server.on('GET', '/models/m', { json: { id: 'm' }, headers });
    const call = client().request({ method: 'GET', path: '/models/m' });
    const response = await call.asResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req_abc');
    expect(await response.json()).toEqual({ id: 'm' });
    expect(await call).toBe(response);
  });

  it("carries the reason phrase: the standard one on Node's transport, the server's through a fetch", async () => {
    server.on('GET', '/models/m', { json: { id: 'm' } });
    expect((await client().request({ method: 'GET', path: '/models/m' }).asResponse()).statusText).toBe('OK');
    server.on('DELETE', '/responses/r', { status: 204 });
    const deleted = await client().request({ method: 'DELETE', path: '/responses/r' }).withResponse();
    expect(deleted.response.statusText).toBe('No Content');
    server.on('GET', '/models/m', { json: { id: 'm' } });
    const viaFetch = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, fetch: globalThis.fetch });
    const { response, meta } = await viaFetch.request({ method: 'GET', path: '/models/m' }).withResponse();
    expect([response.statusText, meta.statusText]).toEqual(['OK', 'OK']);
  });

  it('gives an event stream as its raw bytes', async () => {
    server.on('POST', '/chat/completions', { sse: [{ data: { n: 1 } }, 'data: [DONE]\n\n'] });
    const response = await client()
      .request({ method: 'POST', path: '/chat/completions', body: {}, read: createEventStream })
      .asResponse();
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await response.text()).toBe('data: {"n":1}\n\ndata: [DONE]\n\n');
  });

  it('gives the raw first page of a list', async () => {
    server.on('GET', '/models', { json: { data: [{ id: 'a' }], has_more: false } });
    const response = await requestPage(client(), { method: 'GET', path: '/models' }).asResponse();
    expect(await response.json()).toEqual({ data: [{ id: 'a' }], has_more: false });
  });

  it('keeps the body on the idle clock: a server that stalls mid-body fails the read with a timeout', async () => {
    server.on('GET', '/files/f/content', {
      body: 'abcdef',
      chunkSize: 2,
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    const response = await client()
      .request({ method: 'GET', path: '/files/f/content' }, { idleTimeout: 100 })
      .asResponse();
    const error = await caught(response.text());
    expect(error).toBeInstanceOf(APITimeoutError);
    await server.waitForRequestClosed();
  });

  it('frees the connection when the signal aborts while the body is read', async () => {
    server.on('GET', '/files/f/content', {
      body: 'abcdef',
      chunkSize: 2,
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    const controller = new AbortController();
    const response = await client()
      .request({ method: 'GET', path: '/files/f/content' }, { signal: controller.signal })
      .asResponse();
    const reading = caught(response.text());
    controller.abort();
    expect(await reading).toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });

  it('refuses, naming itself, once the reply has been read into the result', async () => {
    server.on('GET', '/models/m', { json: { id: 'm' } });
    const call = client().request({ method: 'GET', path: '/models/m' });
    await call;
    const error = await caught(call.asResponse());
    expect(error).toBeInstanceOf(OpenAIError);
    expect((error as Error).message).toMatch(/asResponse\(\)/);
  });
});
