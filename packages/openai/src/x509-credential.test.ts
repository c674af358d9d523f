import { ConfigError, createClient } from '@org/core';
import { withX509Credential } from '@org/core/workload-identity-x509';
import { Models } from '@org/models';
import { createTestCertificates, startTestServer, type TestServer } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CredentialClosedError,
  fromX509,
  workloadIdentity,
  type X509Credential,
  type X509CredentialOptions,
} from './auth/x509-transport.js';
import * as auth from './auth.js';
import OpenAI from './index.js';
import { bedrock } from './providers/bedrock.js';

const certificates = await createTestCertificates();
const server = useTestServer({ tls: { ...certificates.server, ca: certificates.ca, requestCert: true } });
/** A plain HTTP server standing for api.openai.com, where the admin key goes. */
let plain: TestServer;
beforeAll(async () => {
  plain = await startTestServer();
});
afterAll(() => plain.close());

const opened: X509Credential[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  plain.reset();
  await Promise.all(opened.splice(0).map((credential) => credential.close()));
});

const token = (n: number) => ({
  json: { access_token: `openai-access-${n}`, expires_in: 3600, token_type: 'Bearer' },
});
/** The README's options, with the test-only URLs of the local server and its CA. */
function options(overrides: Partial<X509CredentialOptions> = {}): X509CredentialOptions {
  return {
    certificateChain: certificates.client.cert,
    privateKey: certificates.client.key,
    identityProviderId: 'idp-123',
    serviceAccountId: 'sa-456',
    ca: certificates.ca,
    tokenURL: `${server.url}/oauth/token`,
    baseURL: server.baseURL,
    ...overrides,
  };
}
function credentialFor(overrides: Partial<X509CredentialOptions> = {}): X509Credential {
  const credential = workloadIdentity.fromX509(options(overrides));
  opened.push(credential);
  return credential;
}
const exchanges = () => server.requests.filter((request) => request.path === '/oauth/token');

describe('new OpenAI({ credential })', () => {
  it("runs the official README's program: models over mutual TLS with the exchanged token, then close()", async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    server.on('POST', '/oauth/token', token(1));
    server.on('GET', '/models', { json: { object: 'list', data: [{ id: 'gpt-5.5', object: 'model' }] } });

    const credential = workloadIdentity.fromX509(options());
    let count: number;
    try {
      const client = new OpenAI({ credential, project: 'proj_x509' });
      count = (await client.models.list()).data.length;
    } finally {
      await credential.close();
    }

    expect(count).toBe(1);
    const call = server.lastRequest();
    expect(call?.headers).toMatchObject({ authorization: 'Bearer openai-access-1', 'openai-project': 'proj_x509' });
    expect(call?.clientCertificate?.commonName).toBe('test-workload');
    await expect(new OpenAI({ credential }).models.list()).rejects.toBeInstanceOf(CredentialClosedError);
  });

  it('shares the token with the clients withOptions() makes', async () => {
    server.on('POST', '/oauth/token', token(1));
    server.on('GET', '/models', { json: { data: [] } });
    const openai = new OpenAI({ credential: credentialFor() });

    await openai.models.list();
    await openai.withOptions({ timeout: 5_000 }).models.list();

    expect(exchanges()).toHaveLength(1);
  });

  it('swaps the way in on withOptions() as the official client: a key for the credential, or the reverse', async () => {
    vi.stubEnv('OPENAI_BASE_URL', plain.baseURL);
    server.on('POST', '/oauth/token', token(1));
    server.on('GET', '/models', { json: { data: [] } });
    plain.on('GET', '/models', { json: { data: [] } });
    const credential = credentialFor();

    await new OpenAI({ credential, project: 'proj_x509' }).withOptions({ apiKey: 'sk-test' }).models.list();
    await new OpenAI({ apiKey: 'sk-test', baseURL: plain.baseURL }).withOptions({ credential }).models.list();

    expect(plain.lastRequest()?.headers.authorization).toBe('Bearer sk-test');
    expect(plain.lastRequest()?.headers).not.toHaveProperty('openai-project');
    expect(server.lastRequest()?.headers.authorization).toBe('Bearer openai-access-1');
  });

  it.each([
    ['apiKey', { apiKey: 'sk-test' }, 'credential'],
    ['dataResidency', { dataResidency: 'eu' as const }, 'dataResidency'],
    ['a provider', { provider: bedrock({ region: 'us-west-2', apiKey: 'bedrock-key' }) }, 'credential'],
    [
      'workloadIdentity',
      {
        workloadIdentity: {
          identityProviderId: 'i',
          serviceAccountId: 's',
          provider: auth.k8sServiceAccountTokenProvider(),
        },
      },
      'credential',
    ],
    ['a baseURL at another origin', { baseURL: 'https://api.openai.com/v1' }, 'baseURL'],
    ['fetch', { fetch: globalThis.fetch }, 'fetch'],
  ])('refuses %s beside it with a ConfigError naming the option', (_, more, option) => {
    const create = () => new OpenAI({ credential: credentialFor(), ...more });
    expect(create).toThrow(ConfigError);
    try {
      create();
    } catch (error) {
      expect((error as ConfigError).option).toBe(option);
    }
  });

  it('refuses a credential not made by fromX509()', () => {
    expect(() => new OpenAI({ credential: { close: async () => {} } })).toThrow(/`credential`.*fromX509/);
  });

  it('sends the admin calls with the admin key, never with the credential', async () => {
    vi.stubEnv('OPENAI_BASE_URL', plain.baseURL);
    server.on('POST', '/oauth/token', token(1));
    plain.on('GET', '/organization/projects', { json: { object: 'list', data: [], has_more: false } });
    const openai = new OpenAI({ credential: credentialFor(), adminAPIKey: 'sk-admin-test' });

    await openai.admin.organization.projects.list();

    expect(plain.lastRequest()?.headers.authorization).toBe('Bearer sk-admin-test');
    expect(exchanges()).toHaveLength(0);
  });
});

describe('@org/openai/auth/x509-transport', () => {
  it('offers fromX509 alone and under a frozen workloadIdentity, as the official subpath', () => {
    expect(workloadIdentity.fromX509).toBe(fromX509);
    expect(Object.isFrozen(workloadIdentity)).toBe(true);
  });

  it('gives a per-resource package the same credential through withX509Credential', async () => {
    server.on('POST', '/oauth/token', token(1));
    server.on('GET', '/models', { json: { object: 'list', data: [{ id: 'gpt-5.5' }] } });
    const client = createClient(withX509Credential({}, credentialFor()));

    const page = await new Models(client).list();

    expect(page.data).toEqual([{ id: 'gpt-5.5' }]);
    expect(server.lastRequest()?.headers.authorization).toBe('Bearer openai-access-1');
  });
});
