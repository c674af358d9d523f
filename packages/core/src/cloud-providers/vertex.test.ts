import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/create-client.js';
import { ConfigError } from '../errors/config-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { MissingDependencyError } from '../errors/missing-dependency-error.js';
import { OpenAIError } from '../errors/openai-error.js';
import { caught } from '../test-support/caught.js';
import { type GoogleClient, vertex } from './vertex.js';

const server = useTestServer();
const token = (): string => 't';
beforeEach(() => {
  for (const name of ['GOOGLE_CLOUD_PROJECT', 'GOOGLE_CLOUD_LOCATION', 'OPENAI_API_KEY']) vi.stubEnv(name, '');
});
afterEach(() => vi.unstubAllEnvs());

const create = (client: ReturnType<typeof createClient>) =>
  client.request({ method: 'POST', path: '/responses', body: { model: 'openai/gpt-oss', input: 'hi' } });

describe('vertex', () => {
  it('sends the tokenProvider’s token on every attempt, retries included', async () => {
    server.on(
      'POST',
      '/responses',
      { status: 500, headers: { 'retry-after-ms': '0' }, json: {} },
      { json: { id: 'r' } },
    );
    let calls = 0;
    const client = createClient({
      provider: vertex({ baseURL: server.baseURL, tokenProvider: () => `ya29.${++calls}` }),
    });

    await create(client);

    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer ya29.1', 'Bearer ya29.2']);
  });

  it('takes the headers of a Google auth client, asking it with the URL called', async () => {
    server.on('POST', '/responses', { json: { id: 'r' } });
    const urls: (string | undefined)[] = [];
    const credentials: GoogleClient = {
      async getRequestHeaders(url) {
        urls.push(url);
        return new Headers({ Authorization: 'Bearer from-google', 'x-goog-user-project': 'billing' });
      },
    };

    await create(createClient({ provider: vertex({ baseURL: server.baseURL, credentials }) }));

    const { headers } = server.lastRequest()!;
    expect(headers.authorization).toBe('Bearer from-google');
    expect(headers['x-goog-user-project']).toBe('billing');
    expect(urls).toEqual([`${server.baseURL}/responses`]);
  });

  it('builds the endpoint from project and location, or GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION', () => {
    const tokenProvider = () => 't';
    expect(vertex({ project: 'p-1', location: 'us-central1', tokenProvider }).baseURL).toBe(
      'https://us-central1-aiplatform.googleapis.com/v1/projects/p-1/locations/us-central1/publishers/openai/v1',
    );
    vi.stubEnv('GOOGLE_CLOUD_PROJECT', 'example.com:legacy');
    vi.stubEnv('GOOGLE_CLOUD_LOCATION', 'global');
    expect(vertex({ tokenProvider }).baseURL).toBe(
      'https://aiplatform.googleapis.com/v1/projects/example.com:legacy/locations/global/publishers/openai/v1',
    );
  });

  it('throws MissingDependencyError naming google-auth-library for ADC without it, sending nothing', async () => {
    const client = createClient({ provider: vertex({ baseURL: server.baseURL }) });
    const error = await caught(create(client));
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect(error.dependency).toBe('google-auth-library');
    expect(error.message).toContain('npm install google-auth-library');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses headers it owns, and another origin, before asking for a token', async () => {
    let asked = 0;
    const provider = vertex({ baseURL: server.baseURL, tokenProvider: () => `t${++asked}` });
    for (const header of ['Authorization', 'api-key', 'OpenAI-Project']) {
      const error = await caught(
        createClient({ provider }).request({ method: 'GET', path: '/models' }, { headers: { [header]: 'x' } }),
      );
      expect(error).toBeInstanceOf(InvalidInputError);
    }
    const organization = await caught(
      createClient({ provider, organization: 'org-1' }).request({ method: 'GET', path: '/models' }),
    );
    expect(organization.message).toMatch(/openai-organization/);
    const moved = createClient({
      provider,
      hooks: {
        beforeRequest(request) {
          request.url = 'http://localhost:1/v1/models';
        },
      },
    });
    expect((await caught(moved.request({ method: 'GET', path: '/models' }))).message).toMatch(
      /only to http:\/\/127\.0\.0\.1/,
    );
    expect(asked).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it('does not pass on what a failing Google client threw, which may hold a credential', async () => {
    const credentials: GoogleClient = {
      getRequestHeaders: async () => {
        throw new Error('refresh_token=1//secret-refresh failed');
      },
    };
    const error = await caught(create(createClient({ provider: vertex({ baseURL: server.baseURL, credentials }) })));
    expect(error).toBeInstanceOf(OpenAIError);
    expect(error.message).toMatch(/Google authentication failed/);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('secret-refresh');
  });

  it.each([
    [{ tokenProvider: token }, 'vertex.project'],
    [{ project: 'p', tokenProvider: token }, 'vertex.location'],
    [{ project: 'p/../x', location: 'global', tokenProvider: token }, 'vertex.project'],
    [{ project: 'p', location: 'US central', tokenProvider: token }, 'vertex.location'],
    [{ baseURL: 'http://us-central1-aiplatform.googleapis.com/v1', tokenProvider: token }, 'vertex.baseURL'],
    [{ baseURL: 'https://host/v1?x=1', tokenProvider: token }, 'vertex.baseURL'],
    [
      { baseURL: 'https://host/v1', tokenProvider: token, credentials: { getRequestHeaders: async () => ({}) } },
      'vertex.credentials',
    ],
    [{ baseURL: 'https://host/v1', credentials: {} }, 'vertex.credentials'],
  ] as const)('refuses %j, naming %s', (options, option) => {
    let error: unknown;
    try {
      vertex(options as never);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).option).toBe(option);
  });
});
