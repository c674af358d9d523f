import { createRequire } from 'node:module';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './api-error.js';
import { OpenAIError } from './openai-error.js';

const server = useTestServer();

const client = () => createClient({ apiKey: 'sk-test-secret-123', baseURL: server.baseURL, maxRetries: 0 });
const fail = (reply: object) => {
  server.on('POST', '/embeddings', reply);
  return client()
    .request({ method: 'POST', path: '/embeddings', body: {} })
    .then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => error as APIError,
    );
};

describe('API errors', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ])('maps %i to %s', async (status, ErrorClass) => {
    const error = await fail({ status, headers: { 'x-should-retry': 'false' }, json: { error: { message: 'nope' } } });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(OpenAIError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
  });

  it('carries code, type, param, request id, headers and rate limits', async () => {
    const error = await fail({
      status: 429,
      headers: {
        'x-request-id': 'req_abc',
        'x-should-retry': 'false',
        'x-ratelimit-limit-requests': '500',
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': '6m0s',
        'x-ratelimit-limit-tokens': '30000',
        'x-ratelimit-remaining-tokens': '12',
        'x-ratelimit-reset-tokens': '20ms',
        'retry-after': '7',
      },
      json: { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded', param: null } },
    });
    expect(error.message).toBe('429 Rate limit reached');
    expect(error).toMatchObject({ code: 'rate_limit_exceeded', type: 'requests', param: null, requestId: 'req_abc' });
    expect(error.requestID).toBe('req_abc');
    expect(error.headers.get('x-request-id')).toBe('req_abc');
    expect(error.rateLimit).toEqual({
      limitRequests: 500,
      remainingRequests: 0,
      resetRequestsMs: 360_000,
      limitTokens: 30000,
      remainingTokens: 12,
      resetTokensMs: 20,
    });
    expect(error.meta.retryAfterMs).toBe(7000);
  });

  it('keeps a body that is not JSON as text', async () => {
    const error = await fail({ status: 502, headers: { 'x-should-retry': 'false' }, body: '<html>Bad gateway</html>' });
    expect(error.message).toBe('502 <html>Bad gateway</html>');
    expect(error.code).toBeNull();
  });

  it('quotes a JSON body without a message, as some compatible servers send, and gives a numeric code as text', async () => {
    const detail = [{ loc: ['body', 'model'], msg: 'field required' }];
    const error = await fail({ status: 422, json: { detail } });
    expect(error.message).toBe(`422 ${JSON.stringify({ detail })}`);
    expect(error.error).toEqual({ detail });

    const coded = await fail({ status: 400, json: { error: { message: 'Bad model', code: 400 } } });
    expect(coded.code).toBe('400');
  });

  it('raises a redirect, which the Node transport does not follow, as an APIError telling where it points', async () => {
    const location = 'https://api.example.test/v1/embeddings';
    const error = await fail({ status: 308, headers: { location }, body: '' });
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(308);
    expect(error.headers.get('location')).toBe(location);
    expect(server.requests).toHaveLength(1);
  });

  it('says when the body was empty', async () => {
    const error = await fail({ status: 400, body: '' });
    expect(error.message).toBe('400 status code (no body)');
  });

  it('never repeats the key, even when the server echoes it', async () => {
    const error = await fail({
      status: 401,
      json: { error: { message: 'Incorrect API key provided: sk-test-secret-123.', code: 'invalid_api_key' } },
    });
    expect(error.message).not.toContain('sk-test-secret-123');
    expect(JSON.stringify(error.error)).not.toContain('sk-test-secret-123');
    expect(error.message).toContain('[redacted]');
  });

  it('is recognised by a second copy of the package (ESM and CJS builds side by side)', async () => {
    const built = new URL('../../dist/index', import.meta.url).pathname;
    const cjs = createRequire(import.meta.url)(`${built}.cjs`) as typeof import('../index.js');
    const esm = (await import(/* @vite-ignore */ `${built}.js`)) as typeof import('../index.js');
    expect(cjs.RateLimitError).not.toBe(esm.RateLimitError);

    server.on('GET', '/models', { status: 429, headers: { 'x-should-retry': 'false' }, json: {} });
    const error = await cjs
      .createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 })
      .request({ method: 'GET', path: '/models' })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(esm.RateLimitError);
    expect(error).toBeInstanceOf(esm.APIError);
    expect(error).not.toBeInstanceOf(esm.NotFoundError);
    expect(error).toBeInstanceOf(RateLimitError);
  });
});
