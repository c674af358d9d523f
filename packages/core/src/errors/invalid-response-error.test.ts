import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import type { RequestSpec } from '../request/request-spec.js';
import { caught } from '../test-support/caught.js';
import { InvalidResponseError } from './invalid-response-error.js';

const server = useTestServer();
const key = 'sk-proj-recognisable-0123456789abcdef';
const client = () => createClient({ apiKey: key, baseURL: server.baseURL });
/** What a generated function sends for an operation that returns JSON. */
const typed: RequestSpec = { method: 'GET', path: '/models/m', json: true };
const raw: RequestSpec = { method: 'GET', path: '/models/m' };
const page = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';

describe('a successful reply that is not the JSON an operation returns', () => {
  it.each([
    ['an empty body', { body: '' }, ': empty'],
    ['an empty body labelled JSON', { body: '', headers: { 'content-type': 'application/json' } }, ': empty'],
    ["a proxy's HTML page", { body: page, headers: { 'content-type': 'text/html' } }, '502 Bad Gateway'],
    ['JSON cut short', { body: '{"id":"m","object":"mo', headers: { 'content-type': 'application/json' } }, '{"id"'],
    ['plain text', { body: 'OK' }, ': OK'],
    ['JSON that is not an object', { json: 'OK' }, '"OK"'],
    ['null', { json: null }, 'null'],
  ])('raises InvalidResponseError for %s, with its metadata, once', async (_, reply, quoted) => {
    server.on('GET', '/models/m', reply);
    const error = await caught(client().request(typed));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain(quoted);
    expect(error.message).toMatch(/^The 200 reply \(request req_[0-9a-f]+\) is no JSON: /);
    const { meta } = error as unknown as InvalidResponseError;
    expect(meta).toMatchObject({ status: 200, attempts: 1 });
    expect(meta.requestId).toMatch(/^req_/);
    expect(meta.headers.get('content-length')).not.toBeNull();
    // The server may have done the work already: not retried.
    expect(server.requests).toHaveLength(1);
  });

  it('reads JSON whatever its content-type says, as compatible servers mislabel it', async () => {
    server.on('GET', '/models/m', { body: '{"id":"m"}', headers: { 'content-type': 'text/plain' } });
    expect(await client().request(typed)).toEqual({ id: 'm' });
  });

  it('quotes the body scrubbed of the key, and carries no cause quoting it unscrubbed', async () => {
    server.on('GET', '/models/m', {
      body: `{"echo":"Bearer ${key}", "cut`,
      headers: { 'content-type': 'application/json' },
    });
    const error = await caught(client().request(typed));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain('[redacted]');
    expect(JSON.stringify([error.message, error.excerpt, String(error.cause)])).not.toContain(key);
  });

  it('leaves a raw call as it was: an empty body is undefined, text is text, bad JSON raises', async () => {
    server.on(
      'GET',
      '/models/m',
      { body: '' },
      { body: 'plain' },
      { body: '{"cut', headers: { 'content-type': 'application/json' } },
    );
    expect(await client().request(raw)).toBeUndefined();
    expect(await client().request(raw)).toBe('plain');
    const error = await caught(client().request(raw));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.excerpt).toBe('{"cut');
  });

  it('leaves an operation that returns nothing undefined', async () => {
    server.on('DELETE', '/responses/r', { body: '' });
    expect(await client().request({ method: 'DELETE', path: '/responses/r' })).toBeUndefined();
  });
});
