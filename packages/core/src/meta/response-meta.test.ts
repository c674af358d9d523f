import { createRequire } from 'node:module';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { getResponseMeta } from './response-meta.js';

const server = useTestServer();

describe('response metadata on a result', () => {
  it('is there for getResponseMeta and as `_request_id`, but hidden from JSON, keys and equality', async () => {
    server.on('GET', '/models', { json: { object: 'list' }, headers: { 'x-request-id': 'req_1' } });
    const models = await createClient({ apiKey: 'sk-test', baseURL: server.baseURL }).request({
      method: 'GET',
      path: '/models',
    });
    expect(getResponseMeta(models)?.requestId).toBe('req_1');
    expect((models as { _request_id?: string })._request_id).toBe('req_1');
    expect(JSON.stringify(models)).toBe('{"object":"list"}');
    expect(Object.keys(models as object)).toEqual(['object']);
    expect(models).toStrictEqual({ object: 'list' });
  });

  it('serializes every field of the metadata itself, headers included', async () => {
    server.on('GET', '/models', {
      json: {},
      headers: { 'x-request-id': 'req_2', 'x-ratelimit-remaining-requests': '9', 'retry-after-ms': '20' },
    });
    const result = await createClient({ apiKey: 'sk-test', baseURL: server.baseURL }).request({
      method: 'GET',
      path: '/models',
    });
    const logged = JSON.parse(JSON.stringify(getResponseMeta(result)));
    expect(logged).toMatchObject({ status: 200, attempts: 1, requestId: 'req_2', retryAfterMs: 20 });
    expect(logged.rateLimit.remainingRequests).toBe(9);
    expect(logged.headers['x-request-id']).toBe('req_2');
  });

  it('is found by a second copy of the package (the CJS build reads what the ESM build attached)', async () => {
    const built = new URL('../../dist/index', import.meta.url).pathname;
    const cjs = createRequire(import.meta.url)(`${built}.cjs`) as typeof import('../index.js');
    server.on('GET', '/models', { json: {}, headers: { 'x-request-id': 'req_3' } });
    const result = await createClient({ apiKey: 'sk-test', baseURL: server.baseURL }).request({
      method: 'GET',
      path: '/models',
    });
    expect(cjs.getResponseMeta).not.toBe(getResponseMeta);
    expect(cjs.getResponseMeta(result)?.requestId).toBe('req_3');
  });
});
