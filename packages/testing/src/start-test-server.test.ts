import { Agent, request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.js';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

describe('startTestServer', () => {
  it('listens on 127.0.0.1 and exposes url and baseURL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.baseURL).toBe(`${server.url}/v1`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('answers with a scripted JSON reply, with or without the /v1 prefix', async () => {
    server.on('get', '/models', { json: { object: 'list', data: [] } });

    for (const url of [`${server.baseURL}/models`, `${server.url}/models`]) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(res.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]+$/);
      expect(await res.json()).toEqual({ object: 'list', data: [] });
    }
  });

  it('applies status and headers, and keeps an x-request-id set by the reply', async () => {
    server.on('POST', '/chat/completions', {
      status: 429,
      headers: { 'retry-after': '1', 'x-request-id': 'req_custom' },
      json: { error: { message: 'slow down' } },
    });

    const res = await fetch(`${server.baseURL}/chat/completions`, { method: 'POST' });

    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.headers.get('x-request-id')).toBe('req_custom');
  });

  it('serves several replies in order and repeats the last one', async () => {
    server.on(
      'POST',
      '/responses',
      { status: 500, json: { n: 1 } },
      { status: 502, json: { n: 2 } },
      { json: { n: 3 } },
    );

    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${server.baseURL}/responses`, { method: 'POST' })).status);

    expect(statuses).toEqual([500, 502, 200, 200]);
  });

  it('replaces a route registered again for the same method and path', async () => {
    server.on('GET', '/models', { json: { v: 1 } });
    server.on('GET', '/models', { json: { v: 2 } });

    expect(await (await fetch(`${server.baseURL}/models`)).json()).toEqual({ v: 2 });
  });

  it('matches {param} segments against one non-empty raw segment', async () => {
    server.on('GET', '/files/{file_id}/content', (req) => ({ body: `content of ${req.params.file_id}` }));

    const ok = await fetch(`${server.baseURL}/files/file-a%2Fb/content`);
    expect(await ok.text()).toBe('content of file-a/b');
    expect(server.lastRequest()?.routePath).toBe('/files/file-a%2Fb/content');
    expect(server.lastRequest()?.params).toEqual({ file_id: 'file-a/b' });

    expect((await fetch(`${server.baseURL}/files/a/b/content`)).status).toBe(404);
    expect((await fetch(`${server.baseURL}/files//content`)).status).toBe(404);
  });

  it('matches RegExp routes against the raw path', async () => {
    server.on('DELETE', /^\/vector_stores\/(?<id>vs_\w+)$/, { json: { deleted: true } });

    const res = await fetch(`${server.baseURL}/vector_stores/vs_123`, { method: 'DELETE' });

    expect(await res.json()).toEqual({ deleted: true });
    expect(server.lastRequest()?.params).toEqual({ id: 'vs_123' });
    expect((await fetch(`${server.baseURL}/vector_stores/other`, { method: 'DELETE' })).status).toBe(404);
  });

  it('answers unmatched routes with an OpenAI-style 404', async () => {
    const res = await fetch(`${server.baseURL}/x`, { method: 'POST' });

    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    expect(await res.json()).toEqual({
      error: { message: 'No route for POST /x', type: 'invalid_request_error', param: null, code: 'route_not_found' },
    });
  });

  it('passes the full request to reply functions, and turns a throw into a 500', async () => {
    server.on('POST', '/echo', async (req) => ({ json: { got: req.json() } }));
    server.on('POST', '/broken', () => {
      throw new Error('boom');
    });

    const echo = await fetch(`${server.baseURL}/echo`, { method: 'POST', body: JSON.stringify({ a: 1 }) });
    expect(await echo.json()).toEqual({ got: { a: 1 } });

    const broken = await fetch(`${server.baseURL}/broken`, { method: 'POST' });
    expect(broken.status).toBe(500);
    expect(await broken.json()).toMatchObject({ error: { message: 'Reply function threw: boom' } });
  });

  it('reset() clears routes and recorded requests', async () => {
    server.on('GET', '/models', { json: {} });
    await fetch(`${server.baseURL}/models`);
    expect(server.requests).toHaveLength(1);

    server.reset();

    expect(server.requests).toHaveLength(0);
    expect((await fetch(`${server.baseURL}/models`)).status).toBe(404);
  });

  it('counts open connections as they open and close', async () => {
    server.on('GET', '/slow', { delayMs: 100, json: {} });
    const agent = new Agent({ keepAlive: true });
    const get = () =>
      new Promise<number>((resolve, reject) => {
        httpRequest(`${server.url}/slow`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
          .on('error', reject)
          .end();
      });
    expect(server.openConnections).toBe(0);

    const pending = Promise.all([get(), get(), get()]);
    await server.waitForConnections(3);
    expect(server.openConnections).toBe(3);
    expect(await pending).toEqual([200, 200, 200]);
    // keep-alive holds the idle sockets open until the client lets go
    expect(server.openConnections).toBe(3);

    agent.destroy();
    await server.waitForConnections(0);
    expect(server.openConnections).toBe(0);
  });

  it('rejects waitForConnections on timeout', async () => {
    await expect(server.waitForConnections(1, 50)).rejects.toThrow(/waiting for 1 open connections/);
  });

  it('close() ends promptly while a request is stalled', async () => {
    server.on('POST', '/stall', { fault: 'stall' });
    const pending = fetch(`${server.baseURL}/stall`, { method: 'POST', body: 'x' });
    await server.waitForRequests(1);

    const started = Date.now();
    await server.close();

    expect(Date.now() - started).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
    expect(server.openConnections).toBe(0);
    expect(server.lastRequest()?.aborted).toBe(false);
    await server.close(); // idempotent
  });

  it('supports asyncDispose', async () => {
    const other = await startTestServer();
    await other[Symbol.asyncDispose]();
    await expect(fetch(other.url)).rejects.toThrow();
  });
});
