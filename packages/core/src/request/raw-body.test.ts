import { useTestServer } from '@org/testing/vitest';
import { expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { rawBody } from './raw-body.js';

const server = useTestServer();

it('sends a raw body as is under its content type, and again on a retry', async () => {
  server.on('POST', '/realtime/calls', { status: 500, json: {} }, { status: 201, body: 'v=0 answer' });
  const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 1 });
  const reply = await client.request({
    method: 'POST',
    path: '/realtime/calls',
    body: rawBody('v=0\r\n', 'application/sdp'),
  });
  expect(reply).toBe('v=0 answer');
  expect(server.requests).toHaveLength(2);
  for (const request of server.requests) {
    expect(request.headers['content-type']).toBe('application/sdp');
    expect(request.text()).toBe('v=0\r\n');
  }
});

it('refuses extra body fields, naming the option', async () => {
  const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
  const call = client.request(
    { method: 'POST', path: '/realtime/calls', body: rawBody('v=0\r\n', 'application/sdp') },
    { extraBody: { session: {} } },
  );
  await expect(call).rejects.toBeInstanceOf(InvalidInputError);
  await expect(call).rejects.toThrow(/extraBody/);
  expect(server.requests).toEqual([]);
});
