import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { caught } from '../test-support/caught.js';
import { multipartBody } from '../uploads/multipart-body.js';
import { toFile } from '../uploads/to-file.js';
import { createAzureClient } from './create-azure-client.js';

const server = useTestServer();
const apiVersion = '2024-10-21';

function azure(deployment?: string) {
  return createAzureClient({ endpoint: server.url, apiKey: 'azure-key-1234', apiVersion, deployment, maxRetries: 0 });
}

/** Each recorded request as `METHOD path?query`. */
function sent(): string[] {
  return server.requests.map((request) => `${request.method} ${request.path}?${request.query}`);
}

describe('Azure deployment routing', () => {
  it('sends every deployment-scoped operation below the client deployment, whatever the model', async () => {
    server.on('POST', /^\/openai\/deployments\/my-dep\/.+$/, { json: {} });
    const client = azure('my-dep');
    for (const path of [
      '/chat/completions',
      '/completions',
      '/embeddings',
      '/audio/speech',
      '/images/generations',
      '/batches',
    ]) {
      await client.request({ method: 'POST', path, body: { model: 'gpt-4o-mini' } });
    }
    expect(sent()).toEqual(
      ['chat/completions', 'completions', 'embeddings', 'audio/speech', 'images/generations', 'batches'].map(
        (path) => `POST /openai/deployments/my-dep/${path}?api-version=${apiVersion}`,
      ),
    );
    expect(server.requests[0]!.json()).toEqual({ model: 'gpt-4o-mini' });
  });

  it("takes the deployment from each call's model without a client deployment, from JSON or multipart fields", async () => {
    server.on('POST', /^\/openai\/deployments\/[^/]+\/.+$/, { json: {} });
    const client = azure();
    await client.request({ method: 'POST', path: '/chat/completions', body: { model: 'gpt-4o', messages: [] } });
    const image = await toFile(new Uint8Array([1, 2, 3]), 'cat.png', { type: 'image/png' });
    await client.request({
      method: 'POST',
      path: '/images/edits',
      body: multipartBody({ model: 'image-dep', prompt: 'a hat', image }, ['image']),
    });
    await client.request({
      method: 'POST',
      path: '/audio/transcriptions',
      body: multipartBody({ model: 'whisper-dep', file: image }, ['file']),
    });
    expect(sent()).toEqual([
      `POST /openai/deployments/gpt-4o/chat/completions?api-version=${apiVersion}`,
      `POST /openai/deployments/image-dep/images/edits?api-version=${apiVersion}`,
      `POST /openai/deployments/whisper-dep/audio/transcriptions?api-version=${apiVersion}`,
    ]);
  });

  it('leaves every other operation below the base URL, and a deployment-scoped one without a model', async () => {
    server.on('*', /^\/openai\/[^d].*$/, { json: { object: 'list', data: [] } });
    const client = azure();
    await client.request({ method: 'GET', path: '/files' });
    await client.request({ method: 'POST', path: '/responses', body: { model: 'gpt-4o', input: 'Hi' } });
    await client.request({ method: 'POST', path: '/fine_tuning/jobs', body: { model: 'gpt-4o', training_file: 'f' } });
    await client.request({ method: 'POST', path: '/batches', body: { input_file_id: 'file-1' } });
    await azure('my-dep').request({ method: 'GET', path: '/batches' });
    expect(sent()).toEqual([
      `GET /openai/files?api-version=${apiVersion}`,
      `POST /openai/responses?api-version=${apiVersion}`,
      `POST /openai/fine_tuning/jobs?api-version=${apiVersion}`,
      `POST /openai/batches?api-version=${apiVersion}`,
      `GET /openai/batches?api-version=${apiVersion}`,
    ]);
  });

  it('keeps a deployment within one path segment, and refuses one that would leave it, naming model', async () => {
    server.on('POST', /^\/openai\/deployments\/.+$/, { json: {} });
    const client = azure();
    await client.request({ method: 'POST', path: '/chat/completions', body: { model: '../../admin?x=1#y' } });
    expect(server.lastRequest()!.path).toBe('/openai/deployments/..%2F..%2Fadmin%3Fx%3D1%23y/chat/completions');

    const error = await caught(client.request({ method: 'POST', path: '/chat/completions', body: { model: '..' } }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain('`model`');
    expect(server.requests).toHaveLength(1);
  });

  it('uses a base URL that already names a deployment as it is', async () => {
    server.on('POST', '/openai/deployments/fixed/chat/completions', { json: {} });
    const client = createAzureClient({
      baseURL: `${server.url}/openai/deployments/fixed`,
      apiKey: 'azure-key-1234',
      apiVersion,
    });
    await client.request({ method: 'POST', path: '/chat/completions', body: { model: 'other' } });
    expect(sent()).toEqual([`POST /openai/deployments/fixed/chat/completions?api-version=${apiVersion}`]);
  });
});
