import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthenticationError, ConfigError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as auth from './auth.js';
import OpenAI, { OAuthError, SubjectTokenProviderError } from './index.js';

const server = useTestServer();
afterEach(() => {
  vi.unstubAllEnvs();
});

const token = (n: number) => ({ json: { access_token: `openai-access-${n}`, expires_in: 3600, token_type: 'Bearer' } });
const identity = (provider: auth.SubjectTokenProvider): auth.WorkloadIdentity => ({
  identityProviderId: 'idp-123',
  serviceAccountId: 'sa-456',
  provider,
  tokenURL: `${server.url}/oauth/token`,
});
const modelsAuthorizations = () =>
  server.requests.filter((request) => request.path === '/v1/models').map((request) => request.headers.authorization);

describe('new OpenAI({ workloadIdentity })', () => {
  it('calls the API with the token exchanged for a Kubernetes service account token, no OPENAI_API_KEY set', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    const dir = await mkdtemp(join(tmpdir(), 'k8s-'));
    try {
      await writeFile(join(dir, 'token'), 'eyJ-k8s-service-account-token\n');
      server.on('POST', '/oauth/token', token(1));
      server.on('GET', '/models', { json: { object: 'list', data: [] } });
      const openai = new OpenAI({
        baseURL: server.baseURL,
        workloadIdentity: {
          ...identity(auth.k8sServiceAccountTokenProvider(join(dir, 'token'))),
          refreshBufferSeconds: 120,
        },
      });

      await openai.models.list();
      await openai.models.list();

      expect(server.requests.filter((request) => request.path === '/oauth/token')).toHaveLength(1);
      expect(server.requests[0]?.json()).toMatchObject({ subject_token: 'eyJ-k8s-service-account-token' });
      expect(modelsAuthorizations()).toEqual(['Bearer openai-access-1', 'Bearer openai-access-1']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('sends a call refused with 401 once more with a fresh token', async () => {
    server.on('POST', '/oauth/token', token(1), token(2));
    server.on('GET', '/models', { status: 401, json: { error: { message: 'expired' } } }, { json: { data: [] } });
    const openai = new OpenAI({
      baseURL: server.baseURL,
      workloadIdentity: identity({ tokenType: 'jwt', getToken: async () => 'your-jwt-token' }),
    });

    await openai.models.list();

    expect(modelsAuthorizations()).toEqual(['Bearer openai-access-1', 'Bearer openai-access-2']);
  });

  it('surfaces a refused exchange as OAuthError, and a second 401 as AuthenticationError', async () => {
    const openai = new OpenAI({
      baseURL: server.baseURL,
      workloadIdentity: identity({ tokenType: 'jwt', getToken: async () => 'your-jwt-token' }),
    });
    server.on('POST', '/oauth/token', { status: 400, json: { error: 'invalid_grant' } });
    await expect(openai.models.list()).rejects.toBeInstanceOf(OAuthError);

    server.on('POST', '/oauth/token', token(1), token(2));
    server.on('GET', '/models', { status: 401, json: { error: { message: 'no' } } });
    await expect(openai.models.list()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('refuses an apiKey beside it: the two are mutually exclusive', () => {
    const create = () =>
      new OpenAI({ apiKey: 'sk-test', workloadIdentity: identity({ tokenType: 'jwt', getToken: async () => 'x' }) });
    expect(create).toThrow(ConfigError);
    expect(create).toThrow(/mutually exclusive/);
  });

  it('exports the errors as the official package does, the same classes from openai/auth', () => {
    expect(auth.OAuthError).toBe(OAuthError);
    expect(auth.SubjectTokenProviderError).toBe(SubjectTokenProviderError);
  });
});
