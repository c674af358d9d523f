import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientOptions } from '../client/client-options.js';
import { createClient } from '../client/create-client.js';
import { AuthenticationError } from '../errors/api-error.js';
import { ConfigError } from '../errors/config-error.js';
import { caught } from '../test-support/caught.js';
import { recordingLogger } from '../test-support/recording-logger.js';
import { SUBJECT_TOKEN, testIdentity, tokenReply } from '../test-support/workload-identity-fixtures.js';
import { OAuthError } from './oauth-error.js';
import { withWorkloadIdentity } from './with-workload-identity.js';
import type { WorkloadIdentity } from './workload-identity-options.js';

const server = useTestServer();
afterEach(() => {
  vi.unstubAllEnvs();
});

const refused = { status: 401, json: { error: { message: 'invalid token', code: 'invalid_api_key' } } };
const client = (options: ClientOptions = {}, identity: WorkloadIdentity = testIdentity(server)) =>
  createClient(withWorkloadIdentity({ baseURL: server.baseURL, ...options }, identity));
const listModels = (options?: ClientOptions) => client(options).request({ method: 'GET', path: '/models' });
const apiAuthorizations = () =>
  server.requests.filter((request) => request.path === '/v1/models').map((request) => request.headers.authorization);

describe('withWorkloadIdentity', () => {
  it('sends the exchanged access token as the bearer key, with no OPENAI_API_KEY set', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    server.on('POST', '/oauth/token', tokenReply(1));
    server.on('GET', '/models', { json: { data: [] } });

    await listModels();
    await listModels();

    expect(apiAuthorizations()).toEqual(['Bearer openai-access-1', 'Bearer openai-access-1']);
  });

  it('uses the workload identity over an OPENAI_API_KEY in the environment', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-from-env');
    server.on('POST', '/oauth/token', tokenReply(1));
    server.on('GET', '/models', { json: { data: [] } });

    await listModels();

    expect(apiAuthorizations()).toEqual(['Bearer openai-access-1']);
  });

  it('refuses an apiKey given too: the two are mutually exclusive', () => {
    const create = () => client({ apiKey: 'sk-test' });
    expect(create).toThrow(ConfigError);
    expect(create).toThrow(/`apiKey` and `workloadIdentity` are mutually exclusive/);
  });

  it('leaves the options as they are without an identity', () => {
    const options = { apiKey: 'sk-test' };
    expect(withWorkloadIdentity(options, undefined)).toBe(options);
  });

  it.each([
    [{ identityProviderId: '' }, 'workloadIdentity.identityProviderId'],
    [{ serviceAccountId: 42 }, 'workloadIdentity.serviceAccountId'],
    [{ provider: async () => 'jwt' }, 'workloadIdentity.provider'],
    [{ provider: { tokenType: 'saml', getToken: async () => 'x' } }, 'workloadIdentity.provider.tokenType'],
    [{ refreshBufferSeconds: -1 }, 'workloadIdentity.refreshBufferSeconds'],
    [{ tokenURL: 'auth.openai.com/oauth/token' }, 'workloadIdentity.tokenURL'],
  ])('refuses %j naming the field', (overrides, option) => {
    const identity = { ...testIdentity(server), ...overrides } as WorkloadIdentity;
    expect(() => client({}, identity)).toThrow(`\`${option}\``);
  });

  it('sends the exchange through the client’s fetch when it has one', async () => {
    server.on('POST', '/oauth/token', tokenReply(1));
    server.on('GET', '/models', { json: { data: [] } });
    const urls: string[] = [];
    const fetch: typeof globalThis.fetch = (url, init) => {
      urls.push(String(url));
      return globalThis.fetch(url, init);
    };

    await listModels({ fetch });

    expect(urls).toEqual([`${server.url}/oauth/token`, `${server.baseURL}/models`]);
  });
});

describe('a 401 from the API to the workload token', () => {
  it('drops the token and sends the call once more with a fresh one', async () => {
    server.on('POST', '/oauth/token', tokenReply(1), tokenReply(2));
    server.on('GET', '/models', refused, { json: { data: [] } });

    await expect(listModels({ maxRetries: 0 })).resolves.toEqual({ data: [] });

    expect(apiAuthorizations()).toEqual(['Bearer openai-access-1', 'Bearer openai-access-2']);
  });

  it('surfaces a second 401 as an AuthenticationError', async () => {
    server.on('POST', '/oauth/token', tokenReply(1), tokenReply(2), tokenReply(3));
    server.on('GET', '/models', refused);

    const error = await caught(listModels());

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(apiAuthorizations()).toEqual(['Bearer openai-access-1', 'Bearer openai-access-2']);
  });

  it('fails the call with the OAuthError of a refused exchange', async () => {
    server.on('POST', '/oauth/token', { status: 401, json: { error: 'invalid_client' } });

    const error = await caught(listModels());

    expect(error).toBeInstanceOf(OAuthError);
    expect(apiAuthorizations()).toEqual([]);
  });
});

describe('credentials', () => {
  it('appear in no log line and no error, even when the servers echo them', async () => {
    const { lines, logger } = recordingLogger();
    server.on('POST', '/oauth/token', tokenReply(1), {
      status: 403,
      json: { error: 'access_denied', error_description: `not for ${SUBJECT_TOKEN}` },
    });
    server.on('GET', '/models', (request) => ({
      status: 401,
      json: { error: { message: `rejected ${request.headers.authorization}` } },
    }));

    const error = await caught(listModels({ logger, logLevel: 'debug' }));

    expect(error).toBeInstanceOf(OAuthError);
    const seen = [...lines, error.message, JSON.stringify(error.error)].join('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of [SUBJECT_TOKEN, 'openai-access-1']) expect(seen).not.toContain(secret);
  });
});
