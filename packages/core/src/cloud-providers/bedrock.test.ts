import { Readable } from 'node:stream';
import { startTestServer, type TestServer } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/create-client.js';
import { ConfigError } from '../errors/config-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { OpenAIError } from '../errors/openai-error.js';
import { caught } from '../test-support/caught.js';
import { recordingLogger } from '../test-support/recording-logger.js';
import { multipartBody } from '../uploads/multipart-body.js';
import { toFile } from '../uploads/to-file.js';
import { bedrock } from './bedrock.js';

const server = useTestServer();
const ENV = [
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_BEDROCK_BASE_URL',
  'AWS_BEARER_TOKEN_BEDROCK',
  'OPENAI_API_KEY',
  'OPENAI_BASE_URL',
  'OPENAI_ORG_ID',
  'OPENAI_PROJECT_ID',
];
beforeEach(() => {
  for (const name of ENV) vi.stubEnv(name, '');
});
afterEach(() => vi.unstubAllEnvs());

const listModels = (provider = bedrock({ baseURL: server.baseURL, apiKey: 'bedrock-key' })) =>
  createClient({ provider }).request({ method: 'GET', path: '/models' });

describe('bedrock (bearer)', () => {
  it('sends its apiKey as a bearer token to its base URL, and none of the OPENAI_* variables', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-openai');
    vi.stubEnv('OPENAI_BASE_URL', 'http://127.0.0.1:1/v1');
    vi.stubEnv('OPENAI_ORG_ID', 'org-env');
    vi.stubEnv('OPENAI_PROJECT_ID', 'proj-env');
    server.on('GET', '/models', { json: { data: [] } });

    await listModels();

    const { headers } = server.lastRequest()!;
    expect(headers.authorization).toBe('Bearer bedrock-key');
    expect(headers).not.toHaveProperty('openai-organization');
    expect(headers).not.toHaveProperty('openai-project');
  });

  it('reads AWS_BEARER_TOKEN_BEDROCK and AWS_BEDROCK_BASE_URL (a /responses tail cut off)', async () => {
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', 'from-env');
    vi.stubEnv('AWS_BEDROCK_BASE_URL', `${server.baseURL}/responses/`);
    server.on('GET', '/models', { json: { data: [] } });

    const provider = bedrock();
    expect(provider.baseURL).toBe(server.baseURL);
    await listModels(provider);

    expect(server.lastRequest()!.headers.authorization).toBe('Bearer from-env');
  });

  it('asks its tokenProvider before every attempt, retries included', async () => {
    let calls = 0;
    server.on('GET', '/models', { status: 503, headers: { 'retry-after-ms': '0' }, json: {} }, { json: { data: [] } });

    await createClient({
      provider: bedrock({ baseURL: server.baseURL, tokenProvider: async () => `token-${++calls}` }),
      maxRetries: 1,
    }).request({ method: 'GET', path: '/models' }, { maxRetries: 1 });

    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('derives the regional endpoints from region, AWS_REGION or AWS_DEFAULT_REGION', () => {
    vi.stubEnv('AWS_DEFAULT_REGION', 'eu-west-1');
    expect(bedrock({ apiKey: 'k' }).baseURL).toBe('https://bedrock-mantle.eu-west-1.api.aws/openai/v1');
    vi.stubEnv('AWS_REGION', 'us-east-2');
    expect(bedrock({ apiKey: 'k' }).baseURL).toBe('https://bedrock-mantle.us-east-2.api.aws/openai/v1');
    expect(bedrock({ apiKey: 'k', region: 'us-west-2', endpoint: 'runtime' }).baseURL).toBe(
      'https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1',
    );
    expect(bedrock({ apiKey: 'k', region: 'cn-north-1', endpoint: 'runtime' }).baseURL).toBe(
      'https://bedrock-runtime.cn-north-1.amazonaws.com.cn/openai/v1',
    );
  });

  it('takes baseURL over AWS_BEDROCK_BASE_URL, and null ignores the variable', () => {
    vi.stubEnv('AWS_BEDROCK_BASE_URL', 'http://127.0.0.1:9/v1');
    expect(bedrock({ apiKey: 'k', baseURL: 'http://localhost:8/v1/' }).baseURL).toBe('http://localhost:8/v1');
    expect(bedrock({ apiKey: 'k', baseURL: null, region: 'us-west-2' }).baseURL).toBe(
      'https://bedrock-mantle.us-west-2.api.aws/openai/v1',
    );
  });

  it.each([
    [{ apiKey: 'k' }, 'bedrock.region', /missing/],
    [{ apiKey: 'k', region: 'mars' }, 'bedrock.region', /AWS region/],
    [{ apiKey: 'k', region: ' ' }, 'bedrock.region', /non-empty/],
    [{ region: 'us-west-2' }, 'bedrock.apiKey', /AWS_BEARER_TOKEN_BEDROCK/],
    [{ region: 'us-west-2', apiKey: '' }, 'bedrock.apiKey', /non-empty/],
    [{ region: 'us-west-2', apiKey: 'k', tokenProvider: () => 't' }, 'bedrock.tokenProvider', /mutually exclusive/],
    [{ apiKey: 'k', endpoint: 'edge' }, 'bedrock.endpoint', /mantle/],
    [{ apiKey: 'k', baseURL: 'ftp://host/v1' }, 'bedrock.baseURL', /http\(s\)/],
    [{ apiKey: 'k', baseURL: 'https://user:pw@host/v1' }, 'bedrock.baseURL', /credentials/],
    [{ apiKey: 'k', baseURL: 'http://bedrock-mantle.us-west-2.api.aws/openai/v1' }, 'bedrock.baseURL', /https only/],
    [
      { apiKey: 'k', baseURL: 'https://bedrock-mantle.us-west-2.api.aws/openai/v1', endpoint: 'runtime' },
      'bedrock.endpoint',
      /mantle/,
    ],
    [
      { apiKey: 'k', baseURL: 'https://bedrock-mantle.us-west-2.api.aws/openai/v1', region: 'us-east-1' },
      'bedrock.baseURL',
      /region/,
    ],
  ] as const)('refuses %j, naming %s', (options, option, message) => {
    const error = (() => {
      try {
        bedrock(options as never);
      } catch (thrown) {
        return thrown as ConfigError;
      }
      throw new Error('expected bedrock() to throw');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.option).toBe(option);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('bedrock-key');
  });

  it('refuses apiKey or baseURL on a client with a provider, naming it', () => {
    const provider = bedrock({ baseURL: server.baseURL, apiKey: 'k' });
    expect(() => createClient({ provider, apiKey: 'sk-x' })).toThrow(ConfigError);
    expect(() => createClient({ provider, apiKey: 'sk-x' })).toThrow(/`apiKey`.*provider/);
    expect(() => createClient({ provider, baseURL: server.baseURL })).toThrow(/`baseURL`.*provider/);
    // A provider is checked by shape only as far as the browser bundle can afford: a plain object fails on its use.
    expect(() => createClient({ provider: 'bedrock' as never })).toThrow(/`provider`/);
    expect(() => createClient({ provider: {} as never })).toThrow(/provider\.configure/);
  });

  it('sends a streamed upload with a bearer token, which needs no hash of the body', async () => {
    server.on('POST', '/files', { json: { id: 'file-1' } });
    const client = createClient({ provider: bedrock({ baseURL: server.baseURL, apiKey: 'k' }) });
    const file = toFile(Readable.from([Buffer.from('line\n')]), 'a.jsonl');

    await client.request({ method: 'POST', path: '/files', body: multipartBody({ purpose: 'batch', file }) });

    expect(server.lastRequest()!.headers.authorization).toBe('Bearer k');
    expect(server.lastRequest()!.text()).toContain('line');
  });

  it('refuses an authorization header of its own, sending nothing', async () => {
    const client = createClient({ provider: bedrock({ baseURL: server.baseURL, apiKey: 'k' }) });
    const error = await caught(
      client.request({ method: 'GET', path: '/models' }, { headers: { Authorization: 'Bearer x' } }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toMatch(/headers\.authorization/);
    expect(server.requests).toHaveLength(0);
  });

  describe('with a second server', () => {
    let other: TestServer;
    beforeEach(async () => {
      other = await startTestServer();
    });
    afterEach(() => other.close());

    it('never sends its credential to another origin, even when a hook redirects the call', async () => {
      const client = createClient({
        provider: bedrock({ baseURL: server.baseURL, tokenProvider: () => 'secret-token' }),
        hooks: {
          beforeRequest(request) {
            request.url = request.url.replace(server.url, other.url);
          },
        },
      });
      const error = await caught(client.request({ method: 'GET', path: '/models' }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.message).toContain(`only to ${server.url}`);
      expect(other.requests).toHaveLength(0);
      expect(server.requests).toHaveLength(0);
    });
  });

  it('keeps the token out of debug logs and of error bodies that echo it', async () => {
    const { lines, logger } = recordingLogger();
    server.on('GET', '/models', { status: 400, json: { error: { message: 'bad token secret-token' } } });
    const client = createClient({
      provider: bedrock({ baseURL: server.baseURL, apiKey: 'secret-token' }),
      logLevel: 'debug',
      logger,
    });
    const error = await caught(client.request({ method: 'GET', path: '/models' }));
    expect(error.message).not.toContain('secret-token');
    expect(lines.join('\n')).toContain('authorization');
    expect(lines.join('\n')).not.toContain('secret-token');
  });

  it('gives a WebSocket handshake no credential: a provider authorizes HTTP calls only', async () => {
    const client = createClient({ provider: bedrock({ baseURL: server.baseURL, apiKey: 'bedrock-key' }) });
    const { url, headers } = await client.handshake('/realtime', { scheme: 'ws' });
    expect(url).toBe(`${server.baseURL.replace('http', 'ws')}/realtime`);
    expect(headers).not.toHaveProperty('authorization');
  });

  it('refuses an authorization default header, which would stand beside its own', () => {
    const provider = bedrock({ baseURL: server.baseURL, apiKey: 'k' });
    expect(() => createClient({ provider, defaultHeaders: { Authorization: 'Bearer x' } })).toThrow(
      /defaultHeaders\.authorization/,
    );
  });

  it('fails with a typed error when the token provider gives nothing usable, never quoting it', async () => {
    const client = createClient({
      provider: bedrock({ baseURL: server.baseURL, tokenProvider: () => 'bad\ntoken' }),
    });
    const error = await caught(client.request({ method: 'GET', path: '/models' }));
    expect(error).toBeInstanceOf(OpenAIError);
    expect(error.message).toMatch(/bearer token/);
    expect(error.message).not.toContain('bad');
  });
});
