import { Readable } from 'node:stream';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/create-client.js';
import { APIError } from '../errors/api-error.js';
import { ConfigError } from '../errors/config-error.js';
import { APITimeoutError } from '../errors/connection-errors.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { MissingDependencyError } from '../errors/missing-dependency-error.js';
import { OpenAIError } from '../errors/openai-error.js';
import { createEventStream } from '../streaming/create-event-stream.js';
import type { Stream } from '../streaming/stream.js';
import { caught } from '../test-support/caught.js';
import { verifySigV4 } from '../test-support/verify-sigv4.js';
import { multipartBody } from '../uploads/multipart-body.js';
import { toFile } from '../uploads/to-file.js';
import { bedrock } from './bedrock-aws.js';

const server = useTestServer();
const ENV = [
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_BEDROCK_BASE_URL',
  'AWS_BEARER_TOKEN_BEDROCK',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
];
beforeEach(() => {
  for (const name of ENV) vi.stubEnv(name, '');
});
afterEach(() => vi.unstubAllEnvs());

const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local/secret+key', sessionToken: 'session-1' };
const signed = (options: Parameters<typeof bedrock>[0] = {}) =>
  bedrock({ baseURL: server.baseURL, endpoint: 'mantle', region: 'us-west-2', ...credentials, ...options });
const response = { id: 'resp_1', object: 'response', output: [] };

describe('bedrock (SigV4)', () => {
  it('signs a create call so that the server, signing again with the AWS SDK, finds the same signature', async () => {
    server.on('POST', '/responses', { json: response });
    const client = createClient({ provider: signed(), defaultQuery: { 'api-version': 'été', tag: ['b', 'a'] } });

    await client.request({
      method: 'POST',
      path: '/responses',
      body: { model: 'openai.gpt-5.4', input: 'Say hello! ✓' },
    });

    const request = server.lastRequest()!;
    expect(request.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDLOCAL\/\d{8}\/us-west-2\/bedrock-mantle\/aws4_request, SignedHeaders=.*content-type.*host.*x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect(request.headers['x-amz-security-token']).toBe('session-1');
    await verifySigV4(request, credentials, 'us-west-2', 'bedrock-mantle');
  });

  it('signs a streamed call, and a GET with no body, for the runtime service', async () => {
    server.on('POST', '/responses', { sse: [{ data: { type: 'response.completed', response } }, 'data: [DONE]\n\n'] });
    server.on('GET', '/models', { json: { data: [] } });
    const { sessionToken: _, ...longTerm } = credentials;
    const client = createClient({ provider: signed({ endpoint: 'runtime', sessionToken: undefined }) });

    const stream = (await client.request({
      method: 'POST',
      path: '/responses',
      body: { model: 'm', input: 'hi', stream: true },
      read: createEventStream,
    })) as Stream<unknown>;
    const events = [];
    for await (const event of stream) events.push(event);
    await client.request({ method: 'GET', path: '/models' });

    expect(events).toHaveLength(1);
    expect(server.requests[1]!.headers).not.toHaveProperty('x-amz-security-token');
    for (const request of server.requests) await verifySigV4(request, longTerm, 'us-west-2', 'bedrock');
  });

  it('signs every attempt afresh with what credentialProvider gives then, retries included', async () => {
    server.on('POST', '/responses', { status: 503, headers: { 'retry-after-ms': '0' }, json: {} }, { json: response });
    let calls = 0;
    const credentialProvider = async () => ({ ...credentials, sessionToken: `session-${++calls}` });
    const client = createClient({
      provider: bedrock({ baseURL: server.baseURL, endpoint: 'mantle', region: 'us-west-2', credentialProvider }),
    });

    await client.request({ method: 'POST', path: '/responses', body: { model: 'm', input: 'hi' } });

    expect(server.requests.map((request) => request.headers['x-amz-security-token'])).toEqual([
      'session-1',
      'session-2',
    ]);
    const [first, second] = server.requests;
    expect(first!.headers.authorization).not.toBe(second!.headers.authorization);
    await verifySigV4(first!, { ...credentials, sessionToken: 'session-1' }, 'us-west-2', 'bedrock-mantle');
    await verifySigV4(second!, { ...credentials, sessionToken: 'session-2' }, 'us-west-2', 'bedrock-mantle');
  });

  it('dates each attempt anew: a retry a second later carries its own x-amz-date and signature', async () => {
    server.on(
      'GET',
      '/models',
      { status: 503, headers: { 'retry-after-ms': '1100' }, json: {} },
      { json: { data: [] } },
    );

    await createClient({ provider: signed() }).request({ method: 'GET', path: '/models' });

    const [first, second] = server.requests;
    expect(first!.headers['x-amz-date']).not.toBe(second!.headers['x-amz-date']);
    await verifySigV4(first!, credentials, 'us-west-2', 'bedrock-mantle');
    await verifySigV4(second!, credentials, 'us-west-2', 'bedrock-mantle');
  });

  it('follows no redirect with a fetch, which would carry the session token to another server', async () => {
    server.on('GET', '/models', { status: 307, headers: { location: `${server.baseURL}/elsewhere` }, json: {} });
    server.on('GET', '/elsewhere', { json: { data: [] } });
    const client = createClient({ provider: signed(), fetch: (url, init) => fetch(url, init), maxRetries: 0 });

    const error = await caught(client.request({ method: 'GET', path: '/models' }));

    // Node's fetch hands the redirect back as it is (a browser's hides it: then an error naming bedrock).
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(307);
    expect(server.requests.map((request) => request.path)).toEqual(['/v1/models']);
  });

  it('signs an upload held in memory, and refuses a streamed one before sending anything', async () => {
    server.on('POST', '/files', { json: { id: 'file-1' } });
    const client = createClient({ provider: signed() });

    await client.request({
      method: 'POST',
      path: '/files',
      body: multipartBody({ purpose: 'batch', file: toFile(new Uint8Array([1, 2, 3, 250]), 'a.jsonl') }),
    });
    await verifySigV4(server.lastRequest()!, credentials, 'us-west-2', 'bedrock-mantle');

    const file = toFile(Readable.from([Buffer.from('line\n')]), 'b.jsonl');
    const error = await caught(client.request({ method: 'POST', path: '/files', body: multipartBody({ file }) }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toMatch(/streamed body can be read only once/);
    expect(server.requests).toHaveLength(1);
  });

  it('falls back to AWS_ACCESS_KEY_ID and friends for the default chain when @aws-sdk/credential-provider-node is absent', async () => {
    vi.stubEnv('AWS_REGION', 'us-west-2');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDENV');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'env-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'env-session');
    server.on('GET', '/models', { json: { data: [] } });

    await createClient({ provider: bedrock({ baseURL: server.baseURL, endpoint: 'mantle' }) }).request({
      method: 'GET',
      path: '/models',
    });

    const env = { accessKeyId: 'AKIDENV', secretAccessKey: 'env-secret', sessionToken: 'env-session' };
    await verifySigV4(server.lastRequest()!, env, 'us-west-2', 'bedrock-mantle');
  });

  it.each([
    [{}, /default AWS credential chain/],
    [{ profile: 'dev' }, /AWS profile dev/],
  ])(
    'throws MissingDependencyError naming the package for %j without it, sending nothing',
    async (options, message) => {
      const client = createClient({
        provider: bedrock({ baseURL: server.baseURL, endpoint: 'mantle', region: 'us-west-2', ...options }),
      });
      const error = await caught(client.request({ method: 'GET', path: '/models' }));
      expect(error).toBeInstanceOf(MissingDependencyError);
      expect(error.dependency).toBe('@aws-sdk/credential-provider-node');
      expect(error.message).toMatch(message);
      expect(error.message).toContain('npm install @aws-sdk/credential-provider-node');
      expect(server.requests).toHaveLength(0);
    },
  );

  it('prefers AWS_BEARER_TOKEN_BEDROCK to the default chain, but never to AWS credentials given', async () => {
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', 'env-bearer');
    server.on('GET', '/models', { json: { data: [] } });
    const base = { baseURL: server.baseURL, endpoint: 'mantle', region: 'us-west-2' } as const;

    await createClient({ provider: bedrock(base) }).request({ method: 'GET', path: '/models' });
    await createClient({ provider: bedrock({ ...base, ...credentials }) }).request({ method: 'GET', path: '/models' });

    expect(server.requests[0]!.headers.authorization).toBe('Bearer env-bearer');
    await verifySigV4(server.requests[1]!, credentials, 'us-west-2', 'bedrock-mantle');
  });

  it('gives up on a credential provider that never answers when the total timeout passes', async () => {
    const client = createClient({
      provider: bedrock({
        baseURL: server.baseURL,
        endpoint: 'mantle',
        region: 'us-west-2',
        credentialProvider: () => new Promise(() => {}),
      }),
      totalTimeout: 50,
    });
    const error = await caught(client.request({ method: 'GET', path: '/models' }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(server.requests).toHaveLength(0);
  });

  it('fails with a typed error, quoting nothing, when the credential provider gives unusable credentials', async () => {
    const client = createClient({
      provider: bedrock({
        baseURL: server.baseURL,
        endpoint: 'mantle',
        region: 'us-west-2',
        credentialProvider: async () => ({ accessKeyId: 'AKIDSEEN', secretAccessKey: '' }),
      }),
    });
    const error = await caught(client.request({ method: 'GET', path: '/models' }));
    expect(error).toBeInstanceOf(OpenAIError);
    expect(error.message).toMatch(/non-empty accessKeyId and secretAccessKey/);
    expect(error.message).not.toContain('AKIDSEEN');
  });

  it.each([
    [{ accessKeyId: 'a' }, 'bedrock.secretAccessKey'],
    [{ sessionToken: 's' }, 'bedrock.sessionToken'],
    [{ accessKeyId: 'a', secretAccessKey: 's', profile: 'dev' }, 'bedrock.profile'],
    [{ profile: 'dev', credentialProvider: async () => credentials }, 'bedrock.credentialProvider'],
    [{ apiKey: 'k', profile: 'dev' }, 'bedrock.profile'],
    [{ tokenProvider: () => 't', accessKeyId: 'a', secretAccessKey: 's' }, 'bedrock.accessKeyId'],
    [{ profile: ' ' }, 'bedrock.profile'],
    [
      { accessKeyId: 'a', secretAccessKey: 's', baseURL: 'http://127.0.0.1:1/v1', region: 'us-west-2' },
      'bedrock.endpoint',
    ],
    [
      { accessKeyId: 'a', secretAccessKey: 's', baseURL: 'http://127.0.0.1:1/v1', endpoint: 'mantle' },
      'bedrock.region',
    ],
  ] as const)('refuses %j, naming %s', (options, option) => {
    let error: unknown;
    try {
      bedrock(options as never);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).option).toBe(option);
  });

  it('takes its region from a Bedrock hostname when none is configured', () => {
    expect(() =>
      bedrock({ ...credentials, baseURL: 'https://bedrock-runtime.eu-central-1.amazonaws.com/openai/v1' }),
    ).not.toThrow();
  });
});
