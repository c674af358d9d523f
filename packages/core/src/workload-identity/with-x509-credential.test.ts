import { useTestServer } from '@org/testing/vitest';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/create-client.js';
import { ConfigError } from '../errors/config-error.js';
import { tokenReply } from '../test-support/workload-identity-fixtures.js';
import { mutualTLSServerOptions, testCertificates, testX509Options } from '../test-support/x509-fixtures.js';
import { createX509Credential } from '../workload-identity-x509/create-x509-credential.js';
import { withX509Credential } from './with-x509-credential.js';
import type { X509Credential } from './x509-credential.js';

const certificates = await testCertificates();
const server = useTestServer(mutualTLSServerOptions(certificates));
const credential = createX509Credential(testX509Options(certificates, 'https://mtls.test.example/base'));
afterAll(() => credential.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

function refusal(options: Parameters<typeof withX509Credential>[0], given: unknown = credential): ConfigError {
  try {
    withX509Credential(options, given as X509Credential);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('withX509Credential', () => {
  it("gives the client the credential's key provider, agent and API, and no organization or project unless told", () => {
    const options = withX509Credential({ timeout: 5_000 }, credential);
    expect(options).toMatchObject({
      timeout: 5_000,
      apiKey: expect.any(Function),
      dispatcher: expect.anything(),
      baseURL: 'https://mtls.test.example/base/v1',
      organization: null,
      project: null,
    });
    expect(withX509Credential({ project: 'proj_1' }, credential).project).toBe('proj_1');
  });

  it('takes a baseURL at the same origin, as the official one takes another path of the mTLS API', () => {
    const { baseURL } = withX509Credential({ baseURL: 'https://mtls.test.example/v2' }, credential);
    expect(baseURL).toBe('https://mtls.test.example/v2');
  });

  it('leaves the options as they are without a credential (null too, as the official client takes it)', () => {
    const options = { apiKey: 'sk-test' };
    expect(withX509Credential(options, undefined)).toBe(options);
    expect(withX509Credential(options, null)).toBe(options);
  });

  it.each([
    ['an apiKey', { apiKey: 'sk-test' }, 'credential', /mutually exclusive/],
    ['an apiKey provider', { apiKey: async () => 'sk-test' }, 'credential', /mutually exclusive/],
    ['a baseURL at another origin', { baseURL: 'https://api.openai.com/v1' }, 'baseURL', /only to https:\/\/mtls/],
    ['a fetch', { fetch: globalThis.fetch }, 'fetch', /its own mutual TLS agent/],
    ['a dispatcher', { dispatcher: {} }, 'dispatcher', /its own mutual TLS agent/],
    ['a fetchOptions.dispatcher', { fetchOptions: { dispatcher: {} } }, 'fetchOptions.dispatcher', /mutual TLS/],
  ])('refuses %s beside it, naming the option', (_, options, option, message) => {
    const error = refusal(options);
    expect(error.option).toBe(option);
    expect(error.message).toMatch(message);
  });

  it('refuses what is no credential of createX509Credential()', () => {
    expect(refusal({}, { close: async () => {} }).option).toBe('credential');
    expect(refusal({}, 'sk-test').option).toBe('credential');
  });

  it('reads none of OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID and OPENAI_PROJECT_ID, as the official client', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-from-env');
    vi.stubEnv('OPENAI_BASE_URL', 'http://127.0.0.1:9/v1');
    vi.stubEnv('OPENAI_ORG_ID', 'org-from-env');
    vi.stubEnv('OPENAI_PROJECT_ID', 'proj-from-env');
    server.on('POST', '/oauth/token', tokenReply(1));
    server.on('GET', '/models', { json: { data: [] } });
    const local = createX509Credential(testX509Options(certificates, server.url));
    try {
      await createClient(withX509Credential({}, local)).request({ method: 'GET', path: '/models' });
    } finally {
      await local.close();
    }

    const call = server.lastRequest();
    expect(call?.path).toBe('/v1/models');
    expect(call?.headers).toMatchObject({ authorization: 'Bearer openai-access-1' });
    expect(call?.headers).not.toHaveProperty('openai-organization');
    expect(call?.headers).not.toHaveProperty('openai-project');
  });
});
