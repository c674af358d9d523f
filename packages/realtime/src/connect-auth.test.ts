import { AuthenticationError, createClient, InvalidInputError } from '@org/core';
import { createAzureClient } from '@org/core/azure';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { connectRealtime } from './connect-realtime.js';
import type { RealtimeConnection } from './realtime-connection.js';
import type { RealtimeWebSocketConstructor } from './realtime-web-socket.js';

const server = useTestServer();
const open: RealtimeConnection[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((connection) => connection.close()));
  vi.unstubAllGlobals();
});

function track(connection: RealtimeConnection): RealtimeConnection {
  open.push(connection);
  return connection;
}

/** A standard WebSocket constructor, as a browser's: it takes no headers, and records the subprotocols it offered. */
function recordingWebSocket() {
  const offered: Array<string | string[] | undefined> = [];
  class BrowserLikeWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      offered.push(protocols);
      super(url, protocols);
    }
  }
  return { BrowserLikeWebSocket, offered };
}

describe('connecting', () => {
  it('sends the key as a bearer header in Node, with the model in the query and the client defaults', async () => {
    const client = createClient({
      apiKey: 'sk-test-header',
      baseURL: server.baseURL,
      organization: 'org_1',
      defaultHeaders: { 'x-team': 'voice' },
    });
    const rt = track(connectRealtime(client, { model: 'gpt-realtime', headers: { 'x-call': '1' } }));
    const created = await rt.waitFor('session.created');
    expect(created.session).toMatchObject({ model: 'gpt-realtime' });
    const { handshake } = server.realtime.connections[0]!;
    expect(handshake.path).toBe('/v1/realtime');
    expect(handshake.query.get('model')).toBe('gpt-realtime');
    expect(handshake.headers).toMatchObject({
      authorization: 'Bearer sk-test-header',
      'openai-organization': 'org_1',
      'x-team': 'voice',
      'x-call': '1',
    });
    expect(handshake.protocols).toEqual([]);
    expect(rt.state).toBe('open');
  });

  it('asks the key provider for each socket', async () => {
    let asked = 0;
    const client = createClient({ apiKey: async () => `sk-rotated-${++asked}`, baseURL: server.baseURL });
    await track(connectRealtime(client, { model: 'gpt-realtime' })).opened();
    await track(connectRealtime(client, { model: 'gpt-realtime' })).opened();
    expect(server.realtime.connections.map((c) => c.handshake.headers.authorization)).toEqual([
      'Bearer sk-rotated-1',
      'Bearer sk-rotated-2',
    ]);
  });

  it('sends an ephemeral client secret as a subprotocol through a constructor that takes no headers', async () => {
    const { BrowserLikeWebSocket, offered } = recordingWebSocket();
    const client = createClient({ apiKey: 'ek_test_secret', baseURL: server.baseURL, organization: 'org_1' });
    const rt = track(connectRealtime(client, { model: 'gpt-realtime', WebSocket: BrowserLikeWebSocket }));
    await rt.opened();
    expect(offered).toEqual([['realtime', 'openai-insecure-api-key.ek_test_secret']]);
    const { handshake } = server.realtime.connections[0]!;
    expect(handshake.protocols).toEqual(['realtime', 'openai-insecure-api-key.ek_test_secret']);
    expect(handshake.headers.authorization).toBeUndefined();
    expect(handshake.headers['openai-organization']).toBeUndefined();
  });

  it('refuses a long-lived key in a page unless allowed, and never puts the key in the error', async () => {
    const { BrowserLikeWebSocket, offered } = recordingWebSocket();
    const client = createClient({ apiKey: async () => 'sk-secret-long-lived', baseURL: server.baseURL });
    vi.stubGlobal('window', { document: {} });
    vi.stubGlobal('navigator', { userAgent: 'test-browser' });
    const refused = connectRealtime(client, { model: 'gpt-realtime', WebSocket: BrowserLikeWebSocket });
    const errors: unknown[] = [];
    refused.on('error', (error) => errors.push(error));
    const error = await refused.opened().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).input).toBe('options.dangerouslyAllowBrowser');
    expect(String(error)).not.toContain('sk-secret');
    expect(errors).toEqual([error]);
    expect(offered).toEqual([]);
    await expect(refused.done()).rejects.toBe(error);

    const allowed = track(
      connectRealtime(client, {
        model: 'gpt-realtime',
        WebSocket: BrowserLikeWebSocket,
        dangerouslyAllowBrowser: true,
      }),
    );
    await allowed.opened();
    expect(offered).toEqual([['realtime', 'openai-insecure-api-key.sk-secret-long-lived']]);
  });

  it('connects to Azure: the GA endpoint, the client deployment as the model, the api-key header', async () => {
    const azure = createAzureClient({
      endpoint: server.url,
      apiKey: 'azure-key-1234',
      apiVersion: '2024-10-21',
      deployment: 'rt-dep',
    });
    await track(connectRealtime(azure)).opened();
    await track(connectRealtime(azure, { deployment: 'other-dep' })).opened();
    const [own, other] = server.realtime.connections;
    expect(own!.handshake.path).toBe('/openai/v1/realtime');
    expect(Object.fromEntries(own!.handshake.query)).toEqual({ model: 'rt-dep' });
    expect(Object.fromEntries(other!.handshake.query)).toEqual({ model: 'other-dep' });
    expect(own!.handshake.headers['api-key']).toBe('azure-key-1234');
    expect(own!.handshake.headers.authorization).toBeUndefined();
  });

  it('connects to Azure with an Entra ID token, asked for each socket', async () => {
    let issued = 0;
    const azure = createAzureClient({
      endpoint: server.url,
      apiVersion: '2024-10-21',
      azureADTokenProvider: async () => `entra-${++issued}`,
    });
    await track(connectRealtime(azure, { deployment: 'rt-dep' })).opened();
    await track(connectRealtime(azure, { deployment: 'rt-dep' })).opened();
    expect(server.realtime.connections.map((c) => c.handshake.headers.authorization)).toEqual([
      'Bearer entra-1',
      'Bearer entra-2',
    ]);
  });

  it("refuses Azure's api-key header where only subprotocols can carry the key", async () => {
    const { BrowserLikeWebSocket } = recordingWebSocket();
    const azure = createAzureClient({ endpoint: server.url, apiKey: 'azure-key-1234', apiVersion: '2024-10-21' });
    const rt = connectRealtime(azure, { deployment: 'my-realtime', WebSocket: BrowserLikeWebSocket });
    const error = await rt.opened().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(String(error)).toMatch(/api-key/);
    expect(String(error)).not.toContain('azure-key-1234');
  });

  it('sends headers through an injected constructor when asked to (auth: header), as ws takes them', async () => {
    const client = createClient({ apiKey: 'sk-injected', baseURL: server.baseURL });
    const rt = track(connectRealtime(client, { model: 'gpt-realtime', WebSocket, auth: 'header' }));
    await rt.opened();
    expect(server.realtime.connections[0]!.handshake.headers.authorization).toBe('Bearer sk-injected');
  });

  it.skipIf(typeof globalThis.WebSocket !== 'function')(
    "sends headers through the platform's own WebSocket (Node 22 and later)",
    async () => {
      const client = createClient({ apiKey: 'sk-platform', baseURL: server.baseURL });
      const platform = globalThis.WebSocket as unknown as typeof WebSocket;
      const rt = track(connectRealtime(client, { model: 'gpt-realtime', WebSocket: platform, auth: 'header' }));
      await rt.waitFor('session.created');
      expect(server.realtime.connections[0]!.handshake.headers.authorization).toBe('Bearer sk-platform');
    },
  );

  it("takes a browser's WebSocket and ws's as they are", () => {
    expectTypeOf<typeof globalThis.WebSocket>().toExtend<RealtimeWebSocketConstructor>();
    expectTypeOf<typeof WebSocket>().toExtend<RealtimeWebSocketConstructor>();
  });

  it('follows a call by its id (a sideband connection)', async () => {
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    await track(connectRealtime(client, { callId: 'rtc_123' })).opened();
    expect(Object.fromEntries(server.realtime.connections[0]!.handshake.query)).toEqual({ call_id: 'rtc_123' });
  });

  it('reports a refused handshake as the API error its status makes, without the key', async () => {
    server.realtime.onConnect({
      reject: 401,
      message: 'Incorrect API key provided: sk-wrong-key',
      code: 'invalid_api_key',
    });
    const client = createClient({ apiKey: 'sk-wrong-key', baseURL: server.baseURL });
    const rt = connectRealtime(client, { model: 'gpt-realtime' });
    const turn = rt.createResponse();
    const error = await rt.opened().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe('invalid_api_key');
    expect(String(error)).not.toContain('sk-wrong-key');
    await expect(turn.result()).rejects.toBe(error);
    await expect(rt.done()).rejects.toBe(error);
  });

  it('names a wrong option', () => {
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    expect(() => connectRealtime(client, { model: 'a', callId: 'b' })).toThrow(/one of model, deployment, callId/);
    expect(() => connectRealtime(client, { model: 'a', timeout: -1 })).toThrow(/options\.timeout/);
    expect(() => connectRealtime(client, { model: 'a', reconnect: { maxAttempts: 0 } })).toThrow(
      /options\.reconnect\.maxAttempts/,
    );
    expect(() => connectRealtime(client, { model: 'a', modle: 'b' } as never)).toThrow(/options\.modle/);
  });
});
