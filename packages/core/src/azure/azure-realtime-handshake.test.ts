import { describe, expect, it } from 'vitest';
import { createAzureClient } from './create-azure-client.js';

const endpoint = 'https://my-resource.openai.azure.example.test';
const apiVersion = '2024-10-21';

describe('Azure realtime handshake', () => {
  it('opens the GA endpoint with the deployment as the model, no api-version, and the api-key header', async () => {
    const client = createAzureClient({ endpoint, apiKey: 'azure-key-1234', apiVersion, deployment: 'rt-dep' });
    const { url, headers } = await client.handshake('/realtime', { scheme: 'ws' });

    expect(url).toBe(`wss://my-resource.openai.azure.example.test/openai/v1/realtime?model=rt-dep`);
    expect(headers['api-key']).toBe('azure-key-1234');
    expect(headers.authorization).toBeUndefined();
  });

  it('asks the token provider for every handshake and sends its token as a bearer', async () => {
    let issued = 0;
    const client = createAzureClient({ endpoint, apiVersion, azureADTokenProvider: async () => `entra-${++issued}` });
    const first = await client.handshake('/realtime', { scheme: 'ws', query: { model: 'rt-dep' } });
    const second = await client.handshake('/realtime', { scheme: 'ws', query: { model: 'rt-dep' } });

    expect([first.headers.authorization, second.headers.authorization]).toEqual(['Bearer entra-1', 'Bearer entra-2']);
    expect(first.headers['api-key']).toBeUndefined();
  });

  it("lets a connection's own target win over the client deployment", async () => {
    const client = createAzureClient({ endpoint, apiKey: 'azure-key-1234', apiVersion, deployment: 'rt-dep' });
    const byModel = await client.handshake('/realtime', { scheme: 'ws', query: { model: 'other-dep' } });
    const byCall = await client.handshake('/realtime', { scheme: 'ws', query: { call_id: 'rtc_123' } });
    const transcription = await client.handshake('/realtime', { scheme: 'ws', query: { intent: 'transcription' } });

    expect(new URL(byModel.url).search).toBe('?model=other-dep');
    expect(new URL(byCall.url).search).toBe('?call_id=rtc_123');
    expect(new URL(transcription.url).search).toBe('?intent=transcription');
  });

  it('keeps a v1 base URL as it is, and an explicit api-version or other default query', async () => {
    const client = createAzureClient({
      baseURL: `${endpoint}/openai/v1`,
      apiKey: 'azure-key-1234',
      apiVersion,
      defaultQuery: { tenant: 't1' },
    });
    const { url } = await client.handshake('/realtime', {
      scheme: 'ws',
      query: { model: 'rt-dep', 'api-version': '2025-04-01-preview' },
    });
    expect(url).toBe(
      'wss://my-resource.openai.azure.example.test/openai/v1/realtime?tenant=t1&api-version=2025-04-01-preview&model=rt-dep',
    );
  });

  it('gives other connections the URL an HTTP call of the client would use, api-version included', async () => {
    const client = createAzureClient({ endpoint, apiKey: 'azure-key-1234', apiVersion });
    const { url } = await client.handshake('/realtime/calls');
    expect(url).toBe(`${endpoint}/openai/realtime/calls?api-version=${apiVersion}`);
  });
});
