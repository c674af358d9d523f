import { sseDone } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APIError } from '../errors/api-error.js';
import { ConfigError } from '../errors/config-error.js';
import { OpenAIError } from '../errors/openai-error.js';
import { createEventStream } from '../streaming/create-event-stream.js';
import { caught } from '../test-support/caught.js';
import { collect } from '../test-support/collect.js';
import { createAzureClient } from './create-azure-client.js';

const server = useTestServer();
const apiVersion = '2024-10-21';
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createAzureClient', () => {
  it('sends api-version on every call and every attempt, and the key in api-key rather than authorization', async () => {
    server.on('GET', '/openai/models', { status: 500, json: { error: { message: 'busy' } } }, { json: { data: [] } });
    const client = createAzureClient({ endpoint: `${server.url}/`, apiKey: 'azure-key-1234', apiVersion });
    await client.request({ method: 'GET', path: '/models' }, { query: { limit: 2 } });

    expect(server.requests.map((request) => request.rawUrl)).toEqual([
      `/openai/models?api-version=${apiVersion}&limit=2`,
      `/openai/models?api-version=${apiVersion}&limit=2`,
    ]);
    for (const { headers } of server.requests) {
      expect(headers['api-key']).toBe('azure-key-1234');
      expect(headers.authorization).toBeUndefined();
    }
  });

  it('asks the Entra ID token provider before every attempt and sends its token as a bearer, with no api-key', async () => {
    server.on('POST', '/openai/responses', { status: 429, headers: { 'retry-after-ms': '1' } }, { json: {} });
    let issued = 0;
    const client = createAzureClient({
      endpoint: server.url,
      apiVersion,
      azureADTokenProvider: async () => `entra-token-${++issued}`,
    });
    await client.request({ method: 'POST', path: '/responses', body: { model: 'gpt-4o', input: 'Hi' } });

    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer entra-token-1',
      'Bearer entra-token-2',
    ]);
    expect(server.requests.map((request) => request.headers['api-key'])).toEqual([undefined, undefined]);
  });

  it('streams a deployment-scoped call', async () => {
    server.on('POST', '/openai/deployments/chat-dep/chat/completions', {
      sse: [
        { data: { choices: [{ delta: { content: 'Hel' } }] } },
        { data: { choices: [{ delta: { content: 'lo' } }] } },
        sseDone,
      ],
    });
    const client = createAzureClient({
      endpoint: server.url,
      apiKey: 'azure-key-1234',
      apiVersion,
      deployment: 'chat-dep',
    });
    const stream = await client.request({
      method: 'POST',
      path: '/chat/completions',
      body: { model: 'gpt-4o', messages: [], stream: true },
      read: createEventStream<{ choices: { delta: { content: string } }[] }>,
    });
    const chunks = await collect(stream);
    expect(chunks.map((chunk) => chunk.choices[0]!.delta.content).join('')).toBe('Hello');
    expect(server.lastRequest()!.query.get('api-version')).toBe(apiVersion);
  });

  it('reads AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and OPENAI_API_VERSION, and needs no OPENAI_API_KEY', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    vi.stubEnv('OPENAI_BASE_URL', 'https://api.openai.example.test/v1');
    vi.stubEnv('AZURE_OPENAI_ENDPOINT', server.url);
    vi.stubEnv('AZURE_OPENAI_API_KEY', 'azure-env-key-1234');
    vi.stubEnv('OPENAI_API_VERSION', '2025-01-01-preview');
    server.on('GET', '/openai/models', { json: {} });

    const client = createAzureClient();
    await client.request({ method: 'GET', path: '/models' });

    expect(client.apiVersion).toBe('2025-01-01-preview');
    expect(server.lastRequest()!.rawUrl).toBe('/openai/models?api-version=2025-01-01-preview');
    expect(server.lastRequest()!.headers['api-key']).toBe('azure-env-key-1234');
  });

  it('lets an option win over the environment: a token provider over AZURE_OPENAI_API_KEY, a baseURL over the endpoint', () => {
    vi.stubEnv('AZURE_OPENAI_ENDPOINT', 'https://env.openai.azure.example.test');
    vi.stubEnv('AZURE_OPENAI_API_KEY', 'azure-env-key-1234');
    const client = createAzureClient({
      baseURL: 'https://gateway.example.test/azure/openai',
      apiVersion,
      azureADTokenProvider: () => 'token',
    });
    expect(client.baseURL).toBe('https://gateway.example.test/azure/openai');
  });

  it.each([
    [{ endpoint: 'https://x.example.test', apiKey: 'k' }, 'apiVersion'],
    [{ apiKey: 'k', apiVersion }, 'endpoint'],
    [
      { endpoint: 'https://x.example.test', baseURL: 'https://x.example.test/openai', apiKey: 'k', apiVersion },
      'endpoint',
    ],
    [{ endpoint: 'https://x.example.test', apiVersion }, 'apiKey'],
    [{ endpoint: 'https://x.example.test', apiKey: () => 'k', apiVersion }, 'apiKey'],
    [
      { endpoint: 'https://x.example.test', apiKey: 'k', azureADTokenProvider: () => 't', apiVersion },
      'azureADTokenProvider',
    ],
    [{ endpoint: 'x.example.test', apiKey: 'k', apiVersion }, 'endpoint'],
    [{ endpoint: 'https://x.example.test/?a=1', apiKey: 'k', apiVersion }, 'endpoint'],
    [{ endpoint: 'https://x.example.test', apiKey: 'k', apiVersion, deployment: '..' }, 'deployment'],
    [{ endpoint: 'https://x.example.test', apiKey: 'k', apiVersion: 'v\n1' }, 'apiVersion'],
    [{ endpoint: 'https://x.example.test', apiKey: 'k', apiVersion, deploymentName: 'd' }, 'deploymentName'],
  ])('refuses %j naming the option', (options, option) => {
    vi.stubEnv('AZURE_OPENAI_API_KEY', '');
    vi.stubEnv('AZURE_OPENAI_ENDPOINT', '');
    vi.stubEnv('OPENAI_BASE_URL', '');
    vi.stubEnv('OPENAI_API_VERSION', '');
    const create = () => createAzureClient(options as never);
    expect(create).toThrow(ConfigError);
    expect(create).toThrow(`\`${option}\``);
  });

  it('names the environment variable that holds a bad endpoint', () => {
    vi.stubEnv('AZURE_OPENAI_ENDPOINT', 'not a url');
    expect(() => createAzureClient({ apiKey: 'k', apiVersion })).toThrow('`AZURE_OPENAI_ENDPOINT`');
  });

  it('withOptions keeps the Azure configuration; a new address or credential replaces the other form of it', async () => {
    server.on('GET', '/gateway/openai/models', { json: {} });
    const client = createAzureClient({
      endpoint: 'https://unused.openai.azure.example.test',
      apiKey: 'azure-key-1234',
      apiVersion,
      deployment: 'dep',
      defaultHeaders: { 'x-team': 'voice' },
    });
    const derived = client.withOptions({
      baseURL: `${server.url}/gateway/openai`,
      azureADTokenProvider: () => 'entra-token',
      defaultHeaders: { 'x-call': 'yes' },
    });
    await derived.request({ method: 'GET', path: '/models' });

    expect(derived.deployment).toBe('dep');
    const { headers, rawUrl } = server.lastRequest()!;
    expect(rawUrl).toBe(`/gateway/openai/models?api-version=${apiVersion}`);
    expect(headers).toMatchObject({ authorization: 'Bearer entra-token', 'x-team': 'voice', 'x-call': 'yes' });
    expect(headers['api-key']).toBeUndefined();
  });

  it('does not follow a redirect with the api-key through a fetch, nor put the key in an error', async () => {
    server.on('GET', '/openai/models', {
      status: 307,
      headers: { location: `${server.url}/elsewhere/models` },
      json: { error: { message: 'moved; key azure-key-1234' } },
    });
    server.on('GET', '/elsewhere/models', { json: { data: [] } });
    const client = createAzureClient({
      endpoint: server.url,
      apiKey: 'azure-key-1234',
      apiVersion,
      fetch: globalThis.fetch,
      maxRetries: 0,
    });
    const error = await caught(client.request({ method: 'GET', path: '/models' }));

    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(307);
    expect(error.message).not.toContain('azure-key-1234');
    expect(server.requests.map((request) => request.path)).toEqual(['/openai/models']);
  });

  it('fails with a typed error when the token provider fails or answers with no token', async () => {
    const client = createAzureClient({ endpoint: server.url, apiVersion, azureADTokenProvider: async () => '' });
    expect(await caught(client.request({ method: 'GET', path: '/models' }))).toBeInstanceOf(OpenAIError);
    expect(server.requests).toHaveLength(0);
  });
});
