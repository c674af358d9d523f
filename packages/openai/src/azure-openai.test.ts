import { ConfigError } from '@org/core';
import { sseDone } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AzureOpenAI } from './azure-openai.js';
import { OpenAI } from './generated/index.js';

const server = useTestServer();
const apiVersion = '2024-10-21';
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('AzureOpenAI', () => {
  it('takes the official options and needs no OPENAI_API_KEY', () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    const openai = new AzureOpenAI({ endpoint: server.url, apiKey: 'azure-key-1234', apiVersion, deployment: 'dep' });
    expect(openai).toBeInstanceOf(OpenAI);
    expect(openai.apiVersion).toBe(apiVersion);
    expect(openai.deploymentName).toBe('dep');
    expect(openai.client.baseURL).toBe(`${server.url}/openai`);
  });

  it('sends deployment-scoped calls below the deployment, the others below the endpoint, api-version on each', async () => {
    server.on('POST', '/openai/deployments/{deployment}/chat/completions', { json: { id: 'chatcmpl-1', choices: [] } });
    server.on('POST', '/openai/deployments/{deployment}/embeddings', { json: { object: 'list', data: [] } });
    server.on('GET', '/openai/files', { json: { object: 'list', data: [], has_more: false } });
    const withDeployment = new AzureOpenAI({
      endpoint: server.url,
      apiKey: 'azure-key-1234',
      apiVersion,
      deployment: 'dep',
    });
    const byModel = new AzureOpenAI({ endpoint: server.url, apiKey: 'azure-key-1234', apiVersion });

    await withDeployment.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] });
    await byModel.embeddings.create({ model: 'embedding-dep', input: 'Hi' });
    await byModel.files.list();

    expect(server.requests.map((request) => `${request.method} ${request.rawUrl}`)).toEqual([
      `POST /openai/deployments/dep/chat/completions?api-version=${apiVersion}`,
      `POST /openai/deployments/embedding-dep/embeddings?api-version=${apiVersion}`,
      `GET /openai/files?api-version=${apiVersion}`,
    ]);
    expect(server.requests.map((request) => request.headers['api-key'])).toEqual(Array(3).fill('azure-key-1234'));
  });

  it('streams with the official switch, and sends an Entra ID token as a bearer', async () => {
    const chunk = { id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'Hi' } }] };
    server.on('POST', '/openai/deployments/gpt-4o/chat/completions', { sse: [{ data: chunk }, sseDone] });
    const openai = new AzureOpenAI({
      endpoint: server.url,
      apiVersion,
      azureADTokenProvider: async () => 'entra-token',
    });

    const stream = await openai.chat.completions.create({ model: 'gpt-4o', messages: [], stream: true });
    const contents: unknown[] = [];
    for await (const event of stream) contents.push(event.choices[0]?.delta.content);

    expect(contents).toEqual(['Hi']);
    expect(server.lastRequest()!.headers.authorization).toBe('Bearer entra-token');
    expect(server.lastRequest()!.headers['api-key']).toBeUndefined();
  });

  it('gives its realtime handshake for the GA endpoint', async () => {
    const openai = new AzureOpenAI({ endpoint: 'https://res.openai.azure.example.test', apiKey: 'k-1234', apiVersion });
    const { url, headers } = await openai.client.handshake('/realtime', { scheme: 'ws', query: { model: 'rt-dep' } });
    expect(url).toBe('wss://res.openai.azure.example.test/openai/v1/realtime?model=rt-dep');
    expect(headers['api-key']).toBe('k-1234');
  });

  it('withOptions makes an AzureOpenAI over the same options; a new address replaces the endpoint', async () => {
    server.on('GET', '/gateway/openai/models', { json: { object: 'list', data: [] } });
    const openai = new AzureOpenAI({ endpoint: 'https://unused.example.test', apiKey: 'azure-key-1234', apiVersion });
    const derived = openai.withOptions({ baseURL: `${server.url}/gateway/openai`, deployment: 'dep' });

    expect(derived).toBeInstanceOf(AzureOpenAI);
    expect(derived.deploymentName).toBe('dep');
    await derived.models.list();
    expect(server.lastRequest()!.rawUrl).toBe(`/gateway/openai/models?api-version=${apiVersion}`);
  });

  it('has no admin API, and fails naming the option for it', () => {
    const openai = new AzureOpenAI({ endpoint: server.url, apiKey: 'azure-key-1234', apiVersion });
    expect(() => openai.admin).toThrow(ConfigError);
    expect(() => openai.admin).toThrow('`adminAPIKey`');
  });
});
