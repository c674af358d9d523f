import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/create-client.js';
import { APIConnectionError, APITimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { getResponseMeta } from '../meta/response-meta.js';
import { recordingLogger } from '../test-support/recording-logger.js';

const server = useTestServer();

const secret = 'sk-test-very-secret';

describe('hooks', () => {
  it('lets beforeRequest add headers and sees every attempt', async () => {
    server.on('GET', '/models', { status: 500, headers: { 'retry-after-ms': '0' } }, { json: {} });
    const attempts: number[] = [];
    const client = createClient({
      apiKey: secret,
      baseURL: server.baseURL,
      hooks: {
        beforeRequest(request) {
          attempts.push(request.attempt);
          request.headers['x-signed'] = `sig-${request.attempt}`;
        },
      },
    });
    await client.request({ method: 'GET', path: '/models' });
    expect(attempts).toEqual([0, 1]);
    expect(server.requests.map((request) => request.headers['x-signed'])).toEqual(['sig-0', 'sig-1']);
  });

  it('gives afterResponse the metadata and onError the final error', async () => {
    server.on('GET', '/models', { json: {}, headers: { 'x-request-id': 'req_1' } });
    server.on('GET', '/models/missing', { status: 404, json: { error: { message: 'gone' } } });
    const seen: string[] = [];
    const client = createClient({
      apiKey: secret,
      baseURL: server.baseURL,
      hooks: {
        afterResponse: (_request, meta) => {
          seen.push(`after ${meta.status} ${meta.requestId}`);
        },
        onError: (error) => seen.push(`error ${error.name}`),
      },
    });
    await client.request({ method: 'GET', path: '/models' });
    await client.request({ method: 'GET', path: '/models/missing' }).catch(() => {});
    expect(seen).toEqual(['after 200 req_1', 'error NotFoundError']);
  });
});

describe('a failing or hanging hook', () => {
  const never = () => new Promise<never>(() => {});
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('fails the call once when afterResponse throws: not a connection error, so not retried', async () => {
    server.on('POST', '/embeddings', { json: {} });
    const bug = new Error('bug in my hook');
    const client = createClient({
      apiKey: secret,
      baseURL: server.baseURL,
      hooks: {
        afterResponse: () => {
          throw bug;
        },
      },
    });
    const error = await client.request({ method: 'POST', path: '/embeddings', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAIError);
    expect(error).toMatchObject({ name: 'OpenAIError', cause: bug });
    expect(server.requests).toHaveLength(1);
  });

  it('lets the signal cut short the back-off after a hook asked for a retry', async () => {
    server.on('GET', '/models', { json: {} });
    const client = createClient({
      apiKey: secret,
      baseURL: server.baseURL,
      maxRetries: 1,
      hooks: {
        afterResponse: () => {
          throw new APIConnectionError('flaky proxy');
        },
      },
    });
    const controller = new AbortController();
    const pending = client.request({ method: 'GET', path: '/models' }, { signal: controller.signal });
    await server.waitForRequests(1);
    setTimeout(() => controller.abort(), 50);
    // The back-off before the retry is at least 375 ms: the abort must not wait for it.
    const outcome = await Promise.race([
      pending.catch((error: unknown) => error),
      pause(300).then(() => 'still waiting'),
    ]);
    expect(outcome).toBeInstanceOf(APIUserAbortError);
  });

  it.each([
    ['a key provider', { apiKey: never }],
    ['beforeRequest', { apiKey: secret, hooks: { beforeRequest: never } }],
    ['afterResponse', { apiKey: secret, hooks: { afterResponse: never } }],
  ])('lets totalTimeout and the signal end a call whose %s never settles', async (_, options) => {
    server.on('GET', '/models', { json: {} });
    const client = createClient({ baseURL: server.baseURL, ...options });
    const timedOut = await client.request({ method: 'GET', path: '/models' }, { totalTimeout: 50 }).catch((e) => e);
    expect(timedOut).toBeInstanceOf(APITimeoutError);
    expect(timedOut).toMatchObject({ timeoutKind: 'total' });

    const controller = new AbortController();
    const pending = client.request({ method: 'GET', path: '/models' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe('logging', () => {
  it('logs requests at debug with the credential redacted', async () => {
    server.on('POST', '/embeddings', { status: 500, headers: { 'retry-after-ms': '0' } }, { json: {} });
    const { lines, logger } = recordingLogger();
    const client = createClient({
      apiKey: secret,
      baseURL: server.baseURL,
      logLevel: 'debug',
      logger,
      defaultHeaders: { 'api-key': secret, cookie: 'session=1' },
    });
    await client.request({ method: 'POST', path: '/embeddings', body: { input: 'x' } });
    const text = lines.join('\n');
    expect(text).toContain('"authorization":"***"');
    expect(text).toContain('"api-key":"***"');
    expect(text).toContain('"cookie":"***"');
    expect(text).toContain('retrying');
    expect(text).not.toContain(secret);
  });

  it('is silent below its level, and takes the level from OPENAI_LOG, in any case', async () => {
    server.on('GET', '/models', { json: {} });
    const quiet = recordingLogger();
    await createClient({ apiKey: secret, baseURL: server.baseURL, logger: quiet.logger }).request({
      method: 'GET',
      path: '/models',
    });
    expect(quiet.lines).toEqual([]);

    vi.stubEnv('OPENAI_LOG', 'DEBUG');
    const chatty = recordingLogger();
    await createClient({ apiKey: secret, baseURL: server.baseURL, logger: chatty.logger }).request({
      method: 'GET',
      path: '/models',
    });
    vi.unstubAllEnvs();
    expect(chatty.lines.map((line) => line.split(' ')[1])).toEqual(['request', 'response']);
  });
});

describe('response metadata', () => {
  it('is available on every JSON result without another request', async () => {
    server.on('GET', '/models/gpt', {
      json: { id: 'gpt' },
      headers: { 'x-request-id': 'req_42', 'x-ratelimit-remaining-tokens': '99', 'x-ratelimit-reset-tokens': '1s' },
    });
    const client = createClient({ apiKey: secret, baseURL: server.baseURL });
    const model = await client.request({ method: 'GET', path: '/models/gpt' });
    const meta = getResponseMeta(model)!;
    expect(meta).toMatchObject({ status: 200, requestId: 'req_42', attempts: 1 });
    expect(meta.rateLimit).toMatchObject({ remainingTokens: 99, resetTokensMs: 1000 });
    expect(meta.headers.get('x-request-id')).toBe('req_42');
    expect(JSON.stringify(model)).toBe('{"id":"gpt"}');
    expect(server.requests).toHaveLength(1);
  });
});
