import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { OpenAIError } from '../errors/openai-error.js';
import type { RequestOptions } from '../request/request-options.js';
import { caught } from '../test-support/caught.js';
import { createClient } from './create-client.js';

const server = useTestServer();
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createClient options', () => {
  it.each([
    [{ timeout: -1 }, 'timeout'],
    [{ timeout: 'soon' }, 'timeout'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ baseURL: 'api.openai.com' }, 'baseURL'],
    [{ logLevel: 'loud' }, 'logLevel'],
    [{ maxRetry: 3 }, 'maxRetry'],
    [{ defaultHeaders: { 'x-a': 'ok\r\nx-injected: 1' } }, 'defaultHeaders.x-a'],
    [{ organization: 'org\nx' }, 'organization'],
    [{ defaultHeaders: { 'X-Title': 'Café ☕' } }, 'defaultHeaders.X-Title'],
    [{ defaultHeaders: { 'X Title': 'app' } }, 'defaultHeaders.X Title'],
    [{ fetch: 'not a function' }, 'fetch'],
    // A proxy's URL where its ProxyAgent belongs: every call would fail as a connection error, after retries.
    [{ dispatcher: 'http://proxy.example.test:8080' }, 'dispatcher'],
    [{ dispatcher: {} }, 'dispatcher'],
    // Longer than a timer can wait: it would fire at once.
    [{ timeout: 30 * 24 * 3600 * 1000 }, 'timeout'],
    [{ idleTimeout: Number.MAX_SAFE_INTEGER }, 'idleTimeout'],
    [{ maxRetryAfter: 2 ** 31 }, 'maxRetryAfter'],
    // Paths are appended to the base URL: these would swallow them, or never be sent.
    [{ baseURL: 'https://x.openai.azure.com/openai/deployments/d?api-version=2024-10-21' }, 'baseURL'],
    [{ baseURL: 'https://api.example.test/v1#docs' }, 'baseURL'],
    [{ baseURL: 'https://user:sk-in-url@api.example.test/v1' }, 'baseURL'],
  ])('rejects %j naming the option', (options, option) => {
    const create = () => createClient({ apiKey: 'sk-test', ...(options as object) });
    expect(create).toThrow(ConfigError);
    expect(create).toThrow(`\`${option}\``);
  });

  it.each([
    ['OPENAI_BASE_URL', 'api.example.test/v1', {}, 'OPENAI_BASE_URL'],
    ['OPENAI_LOG', 'loud', {}, 'OPENAI_LOG'],
    ['OPENAI_LOG', 'debug', { logLevel: '' }, 'logLevel'],
  ])('names %s set to %j, or the option that overrides it', (variable, value, options, option) => {
    vi.stubEnv(variable, value);
    expect(() => createClient({ apiKey: 'sk-test', ...(options as object) })).toThrow(`\`${option}\``);
  });

  it('fails at creation when no key is given or set in the environment', () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    expect(() => createClient()).toThrow(/`apiKey`.*OPENAI_API_KEY/);
  });

  it('reads key, base URL, organization and project from the environment', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-from-env');
    vi.stubEnv('OPENAI_BASE_URL', `${server.baseURL}/`);
    vi.stubEnv('OPENAI_ORG_ID', 'org-1');
    vi.stubEnv('OPENAI_PROJECT_ID', 'proj-1');
    server.on('GET', '/models', { json: { object: 'list', data: [] } });

    await createClient().request({ method: 'GET', path: '/models' });

    const { headers, path } = server.lastRequest()!;
    expect(path).toBe('/v1/models');
    expect(headers.authorization).toBe('Bearer sk-from-env');
    expect(headers['openai-organization']).toBe('org-1');
    expect(headers['openai-project']).toBe('proj-1');
  });

  it('sends default headers, lets a call override or remove them', async () => {
    server.on('GET', '/models', { json: {} });
    const client = createClient({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      defaultHeaders: { 'X-Team': 'search', 'X-Drop': 'me' },
    });

    await client.request({ method: 'GET', path: '/models' }, { headers: { 'x-team': 'ads', 'X-Drop': null } });

    const { headers } = server.lastRequest()!;
    expect(headers['x-team']).toBe('ads');
    expect(headers['x-drop']).toBeUndefined();
  });

  it('lets defaultHeaders or a call replace the Authorization header, or take it out, for servers that want another', async () => {
    server.on('GET', '/models', { json: {} });
    const keyInAnotherHeader = createClient({
      apiKey: 'unused',
      baseURL: server.baseURL,
      defaultHeaders: { 'api-key': 'azure-key-1234', Authorization: null },
    });
    await keyInAnotherHeader.request({ method: 'GET', path: '/models' });
    await keyInAnotherHeader.request({ method: 'GET', path: '/models' }, { headers: { authorization: 'Token abc' } });
    await createClient({ apiKey: 'sk-test', baseURL: server.baseURL }).request(
      { method: 'GET', path: '/models' },
      { headers: { Authorization: 'Bearer sk-per-user' } },
    );

    const [removed, replaced, perCall] = server.requests.map((request) => request.headers);
    expect(removed!.authorization).toBeUndefined();
    expect(removed!['api-key']).toBe('azure-key-1234');
    expect(replaced!.authorization).toBe('Token abc');
    expect(perCall!.authorization).toBe('Bearer sk-per-user');
  });

  it('scrubs a key sent in any credential header from the error a server echoes it in', async () => {
    server.on('GET', '/models', { status: 401, json: { error: { message: 'key azure-key-1234 is invalid' } } });
    const client = createClient({
      apiKey: 'unused',
      baseURL: server.baseURL,
      defaultHeaders: { 'api-key': 'azure-key-1234', Authorization: null },
    });
    const error = await caught(client.request({ method: 'GET', path: '/models' }));
    expect(error.message).toBe('401 key [redacted] is invalid');
  });

  it('takes headers as a Headers object too, and a null default header takes out one the client would send', async () => {
    vi.stubEnv('OPENAI_ORG_ID', 'org-from-env');
    server.on('GET', '/models', { json: {} });
    const client = createClient({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      defaultHeaders: new Headers({ 'X-Team': 'search' }),
    });
    const withoutOrganization = client.withOptions({ defaultHeaders: { 'OpenAI-Organization': null } });

    await client.request({ method: 'GET', path: '/models' }, { headers: new Headers({ 'X-Trace': 't-1' }) });
    await withoutOrganization.request({ method: 'GET', path: '/models' });
    vi.unstubAllEnvs();

    const [first, second] = server.requests.map((request) => request.headers);
    expect(first).toMatchObject({ 'x-team': 'search', 'x-trace': 't-1', 'openai-organization': 'org-from-env' });
    expect(second!['openai-organization']).toBeUndefined();
  });

  it('refuses a call option it does not know, or a bad value for one, naming it, before sending', async () => {
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    const options = { timeOut: 5_000 } as unknown as RequestOptions;
    const error = await client.request({ method: 'GET', path: '/models' }, options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(/`options\.timeOut`.*timeout/);
    await expect(
      client.request({ method: 'GET', path: '/models' }, { toString: 'x' } as unknown as RequestOptions),
    ).rejects.toThrow(/options\.toString/);
    await expect(
      client.request({ method: 'GET', path: '/models' }, { signal: new AbortController() as unknown as AbortSignal }),
    ).rejects.toThrow(/options\.signal.*AbortSignal/);
    for (const options of [{ totalTimeout: 2 ** 31 }, { timeout: -1 }, { maxRetries: 1.5 }, { idleTimeout: 'soon' }]) {
      const invalid = await caught(client.request({ method: 'GET', path: '/models' }, options as RequestOptions));
      expect(invalid).toBeInstanceOf(InvalidInputError);
      expect(invalid.message).toMatch(new RegExp(`^Invalid \`options\\.${Object.keys(options)[0]}\`: expected `));
    }
    expect(server.requests).toHaveLength(0);
  });

  it('calls a key provider before every attempt, so rotated keys are picked up', async () => {
    server.on('GET', '/models', { status: 500, headers: { 'retry-after-ms': '0' }, json: {} }, { json: {} });
    let calls = 0;
    const client = createClient({ apiKey: async () => `sk-rotated-${++calls}`, baseURL: server.baseURL });

    await client.request({ method: 'GET', path: '/models' });

    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer sk-rotated-1',
      'Bearer sk-rotated-2',
    ]);
  });

  it('refuses a key provider that returns something unusable, without sending', async () => {
    const client = createClient({ apiKey: () => 'sk-bad\nx-injected: 1', baseURL: server.baseURL });
    await expect(client.request({ method: 'GET', path: '/models' })).rejects.toThrow(OpenAIError);
    expect(server.requests).toHaveLength(0);
  });

  it('withOptions changes options for the new client only', async () => {
    server.on('GET', '/models', { json: {} });
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    const tagged = client.withOptions({ defaultHeaders: { 'x-tag': 'yes' } });

    await tagged.request({ method: 'GET', path: '/models' });
    await client.request({ method: 'GET', path: '/models' });

    expect(server.requests.map((request) => request.headers['x-tag'])).toEqual(['yes', undefined]);
  });

  it("withOptions merges default headers and the default query with the parent's, the new ones winning", async () => {
    server.on('GET', '/models', { json: {} });
    const parent = createClient({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      defaultHeaders: new Headers({ 'X-Team': 'search', 'X-Tag': 'old' }),
      defaultQuery: { 'api-version': '2024-10-21', region: 'eu' },
    });
    const child = parent.withOptions({
      defaultHeaders: { 'x-tag': 'new', 'X-Team': null },
      defaultQuery: { region: 'us' },
    });
    await child.request({ method: 'GET', path: '/models' });
    const [request] = server.requests;
    expect(request!.headers['x-tag']).toBe('new');
    expect(request!.headers['x-team']).toBeUndefined();
    expect(Object.fromEntries(request!.query)).toEqual({ 'api-version': '2024-10-21', region: 'us' });
  });

  it("withOptions keeps the parent's hooks and runs them before the new ones", async () => {
    server.on('GET', '/models', { json: {} });
    const order: string[] = [];
    const parent = createClient({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      hooks: {
        beforeRequest: async (request) => {
          order.push('parent before');
          request.headers['x-parent'] = '1';
        },
        afterResponse: () => {
          order.push('parent after');
        },
      },
    });
    const child = parent.withOptions({
      hooks: {
        beforeRequest: (request) => {
          order.push('child before');
          request.headers['x-child'] = '1';
        },
      },
    });
    await child.request({ method: 'GET', path: '/models' });
    expect(order).toEqual(['parent before', 'child before', 'parent after']);
    expect(server.requests[0]!.headers).toMatchObject({ 'x-parent': '1', 'x-child': '1' });
  });
});

describe('handshake', () => {
  it('gives the ws URL and the headers a call of the client would send, key provider and defaults applied', async () => {
    const client = createClient({
      apiKey: async () => 'sk-rotated',
      baseURL: 'https://gateway.example.test/openai/v1',
      organization: 'org-1',
      defaultHeaders: { 'x-team': 'voice' },
      defaultQuery: { 'api-version': '2025-04-01' },
    });
    const { url, headers } = await client.handshake('/realtime', {
      scheme: 'ws',
      query: { model: 'gpt-realtime' },
      headers: { 'OpenAI-Safety-Identifier': 'user-1' },
    });
    expect(url).toBe('wss://gateway.example.test/openai/v1/realtime?api-version=2025-04-01&model=gpt-realtime');
    expect(headers).toMatchObject({
      authorization: 'Bearer sk-rotated',
      'openai-organization': 'org-1',
      'x-team': 'voice',
      'openai-safety-identifier': 'user-1',
    });
  });

  it('keeps an http URL by default, and a key header the client replaced (Azure) instead of a bearer token', async () => {
    const client = createClient({
      apiKey: 'unused',
      baseURL: 'http://127.0.0.1:9/openai',
      defaultHeaders: { 'api-key': 'azure-key', Authorization: null },
    });
    const { url, headers } = await client.handshake('/realtime/calls');
    expect(url).toBe('http://127.0.0.1:9/openai/realtime/calls');
    expect(headers['api-key']).toBe('azure-key');
    expect(headers.authorization).toBeUndefined();
  });

  it('fails with a typed error when the key provider answers with something no header can carry', async () => {
    const client = createClient({ apiKey: async () => 'bad\nkey', baseURL: 'https://api.example.test/v1' });
    const error = await caught(client.handshake('/realtime'));
    expect(error).toBeInstanceOf(OpenAIError);
    expect(String((error as Error).message)).not.toContain('bad');
  });
});

describe('browser guard', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('refuses a secret key in a page unless explicitly allowed', () => {
    vi.stubGlobal('window', { document: {} });
    vi.stubGlobal('navigator', { userAgent: 'test-browser' });
    expect(() => createClient({ apiKey: 'sk-secret' })).toThrow(/`dangerouslyAllowBrowser`/);
    expect(() => createClient({ apiKey: 'sk-secret', dangerouslyAllowBrowser: true })).not.toThrow();
    expect(() => createClient({ apiKey: 'ek_ephemeral' })).not.toThrow();
  });
});
