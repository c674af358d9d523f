import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { startTestServer, type TestServer } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';

// The default dispatcher reads the proxy variables once per process, and vitest
// gives each test file its own module state: this file is the proxied process.
let server: TestServer;
let proxy: Server;
const tunnels: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  proxy = createServer();
  proxy.on('connect', (request, clientSocket, head) => {
    tunnels.push(request.url ?? '');
    const upstream = connect(server.port, '127.0.0.1', () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(clientSocket).pipe(upstream);
    });
    upstream.on('error', () => clientSocket.destroy());
    clientSocket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address() as { port: number };
  process.env.HTTP_PROXY = `http://127.0.0.1:${address.port}`;
  process.env.NO_PROXY = '127.0.0.1';
  server.on('GET', '/models', { json: { ok: true } });
});

afterAll(async () => {
  delete process.env.HTTP_PROXY;
  delete process.env.NO_PROXY;
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await server.close();
});

describe('proxy from the environment', () => {
  it('sends requests through HTTP_PROXY', async () => {
    const client = createClient({ apiKey: 'sk-test', baseURL: `http://api.example.test:${server.port}/v1` });
    await expect(client.request({ method: 'GET', path: '/models' })).resolves.toEqual({ ok: true });
    expect(tunnels).toEqual([`api.example.test:${server.port}`]);
  });

  it('goes direct to hosts listed in NO_PROXY', async () => {
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    await expect(client.request({ method: 'GET', path: '/models' })).resolves.toEqual({ ok: true });
    expect(tunnels).toHaveLength(1);
  });
});
