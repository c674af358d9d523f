import { useTestServer } from '@org/testing/vitest';
import { Agent, type Dispatcher } from 'undici';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';

const server = useTestServer();

const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
/** An agent that counts the requests it carries. */
class CountingAgent extends Agent {
  dispatched = 0;

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    this.dispatched += 1;
    return super.dispatch(options, handler);
  }
}

const createFile = { method: 'POST', path: '/files/{file_id}', pathParams: { file_id: 'file-1' }, body: { a: 1 } };

describe('the request options the official package takes beside ours', () => {
  it('`path` replaces the call path, sent as given, and `body` the whole body', async () => {
    server.on('POST', /.*/, { json: {} });
    await client().request(createFile as never, { path: '/files/file-2/content', body: { b: 2 } });
    const request = server.lastRequest()!;
    expect(request.path).toBe('/v1/files/file-2/content');
    expect(request.json()).toEqual({ b: 2 });
  });

  it('`fetchOptions` reaches a fetch: its init fields beneath the call’s own method, headers, body and signal', async () => {
    server.on('POST', /.*/, { json: {} });
    const inits: RequestInit[] = [];
    const recording = createClient({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      maxRetries: 0,
      fetch: (url, init) => {
        inits.push(init);
        return fetch(url, init);
      },
    });
    await recording.request(createFile as never, {
      fetchOptions: { cache: 'no-store', keepalive: true, method: 'PUT' } as never,
    });
    expect(inits[0]).toMatchObject({ cache: 'no-store', keepalive: true, method: 'POST' });
    expect(server.lastRequest()!.method).toBe('POST');
  });

  it('`fetchOptions.dispatcher` carries a call of the Node transport', async () => {
    server.on('POST', /.*/, { json: {} });
    const agent = new CountingAgent();
    try {
      await client().request(createFile as never, { fetchOptions: { dispatcher: agent } });
      expect(agent.dispatched).toBe(1);
      expect(server.requests).toHaveLength(1);
    } finally {
      await agent.close();
    }
  });

  it("the client's `fetchOptions` go with every call, beneath a call's own", async () => {
    server.on('POST', /.*/, { json: {} });
    const inits: RequestInit[] = [];
    const recording = createClient({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      maxRetries: 0,
      fetchOptions: { cache: 'no-store', keepalive: true },
      fetch: (url, init) => {
        inits.push(init);
        return fetch(url, init);
      },
    });
    await recording.request(createFile as never);
    await recording.request(createFile as never, { fetchOptions: { cache: 'reload' } });
    expect(inits.map(({ cache, keepalive }) => ({ cache, keepalive }))).toEqual([
      { cache: 'no-store', keepalive: true },
      { cache: 'reload', keepalive: true },
    ]);
  });

  it("the client's `fetchOptions.dispatcher` carries the Node transport's calls", async () => {
    server.on('POST', /.*/, { json: {} });
    const agent = new CountingAgent();
    try {
      const viaAgent = createClient({
        apiKey: 'sk-test',
        baseURL: server.baseURL,
        fetchOptions: { dispatcher: agent },
      });
      await viaAgent.request(createFile as never);
      await viaAgent.request(createFile as never);
      expect(agent.dispatched).toBe(2);
    } finally {
      await agent.close();
    }
  });
});
