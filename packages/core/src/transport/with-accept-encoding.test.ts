import { useTestServer } from '@org/testing/vitest';
import { Agent, type Dispatcher } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClientOptions } from '../client/client-options.js';
import { createClient } from '../client/create-client.js';

const server = useTestServer();

// The test server speaks plain http: this dispatcher sends a request for https://api.example.test to it, so the Node
// transport sees an https URL while a real server answers.
const toTestServer: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) =>
  dispatch({ ...options, origin: server.url }, handler);
const dispatcher = new Agent().compose(toTestServer);
afterAll(() => dispatcher.close());

const models = { object: 'list', data: [{ id: 'gpt-4o-mini' }] };
const sentAcceptEncoding = async (options: ClientOptions) => {
  await createClient({ apiKey: 'sk-test', maxRetries: 0, ...options }).request({ method: 'GET', path: '/models' });
  return server.lastRequest()!.headers['accept-encoding'];
};

describe('the Node transport asks for compression', () => {
  it('over https, as Node fetch and the official package do, and decodes the reply', async () => {
    server.on('GET', '/models', { json: models, compress: 'br' });
    const client = createClient({ apiKey: 'sk-test', baseURL: 'https://api.example.test/v1', dispatcher });
    await expect(client.request({ method: 'GET', path: '/models' })).resolves.toEqual(models);
    expect(server.lastRequest()!.headers['accept-encoding']).toBe('br, gzip, deflate');
  });

  it('not over plain http, where compression only costs CPU', async () => {
    server.on('GET', '/models', { json: models });
    expect(await sentAcceptEncoding({ baseURL: server.baseURL })).toBeUndefined();
  });

  it("never over the caller's own accept-encoding, identity included, in any case", async () => {
    server.on('GET', '/models', { json: models });
    const https = { baseURL: 'https://api.example.test/v1', dispatcher };
    expect(await sentAcceptEncoding({ ...https, defaultHeaders: { 'Accept-Encoding': 'identity' } })).toBe('identity');
    const hooked = await sentAcceptEncoding({
      ...https,
      hooks: {
        beforeRequest: (request) => {
          request.headers['Accept-Encoding'] = 'gzip';
        },
      },
    });
    expect(hooked).toBe('gzip');
    // A user's header on plain http is sent too, and what comes back is decoded.
    server.on('GET', '/models', { json: models, compress: 'gzip' });
    expect(await sentAcceptEncoding({ baseURL: server.baseURL, defaultHeaders: { 'accept-encoding': 'gzip' } })).toBe(
      'gzip',
    );
  });
});
