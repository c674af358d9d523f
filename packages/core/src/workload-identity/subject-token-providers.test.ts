import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useTestServer } from '@org/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caught } from '../test-support/caught.js';
import { azureManagedIdentityTokenProvider } from './azure-managed-identity-token-provider.js';
import { gcpIDTokenProvider } from './gcp-id-token-provider.js';
import { k8sServiceAccountTokenProvider } from './k8s-service-account-token-provider.js';
import { SubjectTokenProviderError } from './subject-token-provider-error.js';

const server = useTestServer();

describe('k8sServiceAccountTokenProvider', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'k8s-token-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads the mounted JWT afresh for every exchange, trimmed', async () => {
    const path = join(dir, 'token');
    await writeFile(path, 'eyJ-first-token\n');
    const provider = k8sServiceAccountTokenProvider(path);

    expect(provider.tokenType).toBe('jwt');
    await expect(provider.getToken()).resolves.toBe('eyJ-first-token');
    await writeFile(path, 'eyJ-rotated-token');
    await expect(provider.getToken()).resolves.toBe('eyJ-rotated-token');
  });

  it('fails naming the path when the file is missing or empty', async () => {
    const missing = join(dir, 'missing');
    const empty = join(dir, 'empty');
    await writeFile(empty, ' \n');

    for (const path of [missing, empty]) {
      const error = await caught(k8sServiceAccountTokenProvider(path).getToken());
      expect(error).toBeInstanceOf(SubjectTokenProviderError);
      expect(error).toMatchObject({ provider: 'kubernetes' });
      expect(error.message).toContain(path);
    }
  });

  it('reads through a given readFile, for runtimes without node:fs', async () => {
    const provider = k8sServiceAccountTokenProvider(undefined, { readFile: async (path) => `token-of ${path}` });
    await expect(provider.getToken()).resolves.toBe('token-of /var/run/secrets/kubernetes.io/serviceaccount/token');
  });
});

describe('azureManagedIdentityTokenProvider', () => {
  const metadataURL = () => `${server.url}/metadata/identity/oauth2/token`;

  it('asks IMDS for a token for the resource, with the Metadata header', async () => {
    server.on('GET', '/metadata/identity/oauth2/token', { json: { access_token: 'azure-mi-jwt', expires_in: '3599' } });
    const provider = azureManagedIdentityTokenProvider(undefined, { metadataURL: metadataURL() });

    expect(provider.tokenType).toBe('jwt');
    await expect(provider.getToken()).resolves.toBe('azure-mi-jwt');
    const request = server.lastRequest();
    expect(request?.headers.metadata).toBe('true');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      'api-version': '2018-02-01',
      resource: 'https://management.azure.com/',
    });
  });

  it('names the user-assigned identity and API version it is given', async () => {
    server.on('GET', '/metadata/identity/oauth2/token', { json: { access_token: 'azure-mi-jwt' } });
    const provider = azureManagedIdentityTokenProvider('api://openai', {
      metadataURL: metadataURL(),
      objectId: 'obj-1',
      clientId: 'client-1',
      msiResId: '/subscriptions/s/identity',
      apiVersion: '2019-08-01',
    });

    await provider.getToken();

    expect(Object.fromEntries(server.lastRequest()?.query ?? [])).toEqual({
      'api-version': '2019-08-01',
      resource: 'api://openai',
      object_id: 'obj-1',
      client_id: 'client-1',
      msi_res_id: '/subscriptions/s/identity',
    });
  });

  it.each([
    ['a failing status', { status: 400, json: { error: 'invalid_request' } }],
    ['no access_token', { json: { token: 'x' } }],
    ['no JSON', { body: 'oops' }],
  ])('fails with a SubjectTokenProviderError on %s', async (_, reply) => {
    server.on('GET', '/metadata/identity/oauth2/token', reply);
    const error = await caught(azureManagedIdentityTokenProvider(undefined, { metadataURL: metadataURL() }).getToken());
    expect(error).toBeInstanceOf(SubjectTokenProviderError);
    expect(error).toMatchObject({ provider: 'azure-imds' });
  });

  it('gives up after its timeout on a service that never answers', async () => {
    server.on('GET', '/metadata/identity/oauth2/token', { fault: 'stall' });
    const provider = azureManagedIdentityTokenProvider(undefined, { metadataURL: metadataURL(), timeout: 50 });
    const error = await caught(provider.getToken());
    expect(error).toBeInstanceOf(SubjectTokenProviderError);
    expect(error.message).toContain('timed out');
  });
});

describe('gcpIDTokenProvider', () => {
  const metadataURL = () => `${server.url}/computeMetadata/v1/instance/service-accounts/default/identity`;

  it('asks the metadata server for an ID token for the audience, with Metadata-Flavor', async () => {
    server.on('GET', '/computeMetadata/v1/instance/service-accounts/default/identity', { body: 'gcp-id-token\n' });
    const provider = gcpIDTokenProvider(undefined, { metadataURL: metadataURL() });

    expect(provider.tokenType).toBe('id');
    await expect(provider.getToken()).resolves.toBe('gcp-id-token');
    const request = server.lastRequest();
    expect(request?.headers['metadata-flavor']).toBe('Google');
    expect(request?.query.get('audience')).toBe('https://api.openai.com/v1');
  });

  it.each([
    ['a failing status', { status: 404, body: 'not found' }],
    ['an empty token', { body: '  ' }],
  ])('fails with a SubjectTokenProviderError on %s', async (_, reply) => {
    server.on('GET', '/computeMetadata/v1/instance/service-accounts/default/identity', reply);
    const error = await caught(gcpIDTokenProvider('aud', { metadataURL: metadataURL() }).getToken());
    expect(error).toBeInstanceOf(SubjectTokenProviderError);
    expect(error).toMatchObject({ provider: 'gcp-metadata' });
  });
});
