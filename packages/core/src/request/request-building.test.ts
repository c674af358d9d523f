import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { request } from '../client/request.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { requestPage } from '../pagination/request-page.js';
import { caught } from '../test-support/caught.js';

const server = useTestServer();

const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const retrieve = (fileId: string) =>
  client().request({ method: 'GET', path: '/files/{file_id}', pathParams: { file_id: fileId } });

describe('path parameters', () => {
  it.each([
    ['../x', '/v1/files/..%2Fx'],
    ['a/b', '/v1/files/a%2Fb'],
    ['a?b=1', '/v1/files/a%3Fb%3D1'],
    ['a#frag', '/v1/files/a%23frag'],
    ['%2e%2e', '/v1/files/%252e%252e'],
    ['file ünï', '/v1/files/file%20%C3%BCn%C3%AF'],
  ])('keeps %j inside its path segment', async (fileId, expectedPath) => {
    server.on('GET', /.*/, { json: {} });
    await retrieve(fileId);
    const request = server.lastRequest()!;
    expect(request.path).toBe(expectedPath);
    expect([...request.query.keys()]).toEqual([]);
  });

  it.each(['', '.', '..'])('refuses %j by name before sending', async (fileId) => {
    const error = await caught(retrieve(fileId));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain('`file_id`');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a value that is not a string', async () => {
    await expect(retrieve(undefined as unknown as string)).rejects.toThrow(/`file_id`.*undefined/);
  });
});

describe('headers', () => {
  it('refuses a value with CR or LF, naming the header, before sending', async () => {
    const error = await caught(
      client().request({ method: 'GET', path: '/models' }, { headers: { 'X-Trace': 'a\r\nX-Injected: 1' } }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain('headers.X-Trace');
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['a value past Latin-1', { headers: { 'X-Title': 'Café ☕' } }, 'headers.X-Title'],
    ['a name with a space', { headers: { 'X Title': 'app' } }, 'headers.X Title'],
    ['an idempotency key with a line break', { idempotencyKey: 'a\r\nX-Injected: 1' }, 'options.idempotencyKey'],
  ])('refuses %s, naming it, before sending, instead of failing to send and retrying', async (_, options, input) => {
    const retrying = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 2 });
    const error = await caught(retrying.request({ method: 'POST', path: '/embeddings', body: {} }, options));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ input });
    expect(server.requests).toHaveLength(0);
  });

  it('sends a Latin-1 value as it is', async () => {
    server.on('GET', '/models', { json: {} });
    await client().request({ method: 'GET', path: '/models' }, { headers: { 'X-Title': 'Café' } });
    expect(server.lastRequest()!.headers['x-title']).toBe('Café');
  });

  it('sends accept and content-type for JSON', async () => {
    server.on('POST', '/embeddings', { json: {} });
    await client().request({ method: 'POST', path: '/embeddings', body: { input: 'hi' } });
    const request = server.lastRequest()!;
    expect(request.headers.accept).toBe('application/json');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.json()).toEqual({ input: 'hi' });
  });
});

describe('query and body', () => {
  it('serializes arrays, objects and scalars, leaving out null and undefined', async () => {
    server.on('GET', '/organization/costs', { json: {} });
    await client().request({
      method: 'GET',
      path: '/organization/costs',
      query: { start_time: 1, project_ids: ['p1', 'p 2'], metadata: { team: 'a&b' }, limit: undefined, after: null },
    });
    expect(server.lastRequest()!.rawUrl).toBe(
      '/v1/organization/costs?start_time=1&project_ids%5B%5D=p1&project_ids%5B%5D=p%202&metadata%5Bteam%5D=a%26b',
    );
  });

  it('merges default, operation and call query; call options win', async () => {
    server.on('GET', '/models', { json: {} });
    const withDefaults = createClient({ apiKey: 'sk', baseURL: server.baseURL, defaultQuery: { 'api-version': '1' } });
    await withDefaults.request({ method: 'GET', path: '/models', query: { limit: 2 } }, { query: { limit: 5 } });
    expect(Object.fromEntries(server.lastRequest()!.query)).toEqual({ 'api-version': '1', limit: '5' });
  });

  it('adds extraBody fields for compatible servers', async () => {
    server.on('POST', '/chat/completions', { json: {} });
    await client().request(
      { method: 'POST', path: '/chat/completions', body: { model: 'm' } },
      { extraBody: { top_k: 4 } },
    );
    expect(server.lastRequest()!.json()).toEqual({ model: 'm', top_k: 4 });
  });

  it.each([
    ['extraBody', 'the Node transport', undefined, { extraBody: { top_k: 4 } }, undefined],
    ['extraBody', 'fetch', fetch, { extraBody: { top_k: 4 } }, undefined],
    ['body', 'the Node transport', undefined, {}, { limit: 2 }],
    ['body', 'fetch', fetch, {}, { limit: 2 }],
  ])('refuses a GET with a %s through %s, naming it, before sending', async (input, _, injected, options, body) => {
    server.on('GET', '/models', { json: {} });
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, fetch: injected });
    const error = await caught(client.request({ method: 'GET', path: '/models', body }, options));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain(`\`${input}\``);
    expect(server.requests).toHaveLength(0);
  });

  it('resolves to undefined for an empty reply', async () => {
    server.on('DELETE', '/responses/{id}', { status: 200, body: '' });
    const result = await client().request({ method: 'DELETE', path: '/responses/{id}', pathParams: { id: 'resp_1' } });
    expect(result).toBeUndefined();
  });

  it('returns text for a non-JSON reply', async () => {
    server.on('POST', '/audio/transcriptions', { body: 'hello world', headers: { 'content-type': 'text/plain' } });
    const text = await client().request({ method: 'POST', path: '/audio/transcriptions', body: {} });
    expect(text).toBe('hello world');
  });
});

describe('misuse from plain JavaScript', () => {
  const list = (query: unknown, options?: unknown) =>
    client().request({ method: 'GET', path: '/files', query: query as Record<string, unknown> }, options as never);

  it.each([
    ['a signal', { signal: new AbortController().signal }, '`query.signal`'],
    ['a timeout', { timeout: 1000 }, '`query.timeout`'],
    ['maxRetries', { limit: 2, maxRetries: 0 }, '`query.maxRetries`'],
    ['a function', { after: () => 'x' }, '`query.after`'],
    ['a signal under another name', { after: new AbortController().signal }, '`query.after`'],
    ['a class instance', { after: new URL('https://x.test/') }, '`query.after`'],
    ['a client', createClient({ apiKey: 'sk-test' }), '`query.'],
  ])('refuses %s in an operation query, naming it, and sends nothing', async (_, query, name) => {
    const error = await caught(list(query));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain(name);
    expect(error.message).toMatch(/cannot be sent; call options go last/);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a function or a signal in the extra query too, but sends an extra query named like a call option', async () => {
    await expect(list({}, { query: { cb: () => 1 } })).rejects.toThrow('`query.cb`');
    server.on('GET', '/files', { json: {} });
    await list({}, { query: { timeout: 5 } });
    expect(server.lastRequest()?.query.get('timeout')).toBe('5');
  });

  it.each([
    ['a signal', { model: 'm', signal: new AbortController().signal }, '`body.signal`'],
    ['a function', { model: 'm', onChunk: () => undefined }, '`body.onChunk`'],
  ])('refuses %s among the fields of a JSON body, naming it', async (_, body, name) => {
    const error = await caught(client().request({ method: 'POST', path: '/chat/completions', body }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain(name);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['no client', undefined],
    ['the body where the client goes', { model: 'gpt-4o-mini', messages: [] }],
  ])('refuses a generated call given %s, naming the client argument', (_, first) => {
    expect(() => request(first as never, { method: 'GET', path: '/models' })).toThrow(InvalidInputError);
    expect(() => request(first as never, { method: 'GET', path: '/models' })).toThrow(/`client`.*createClient/);
    expect(() => requestPage(first as never, { method: 'GET', path: '/models' })).toThrow(/`client`/);
  });
});
