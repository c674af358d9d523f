import { inspect } from 'node:util';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { ClientOptions } from '../client/client-options.js';
import { createClient } from '../client/create-client.js';
import { createEventStream } from '../streaming/create-event-stream.js';
import { caught } from '../test-support/caught.js';
import { recordingLogger } from '../test-support/recording-logger.js';
import { isSecretName } from './is-secret-name.js';
import { redactURL } from './redact-url.js';
import { redactor } from './redactor.js';

const server = useTestServer();
const key = 'sk-proj-Recognisable0123456789';
/** The key as JSON may spell it: every character a `\uXXXX` escape. */
const escaped = [...key].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

const client = (options: ClientOptions = {}) =>
  createClient({ apiKey: key, baseURL: server.baseURL, maxRetries: 0, ...options });

/** Everything an app might print of an error. */
function everythingOf(error: Error): string {
  return [
    error.message,
    error.stack,
    String(error.cause),
    JSON.stringify(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ].join('\n');
}

describe('redactor', () => {
  it('scrubs a key spelled with JSON escapes, and keeps the JSON valid and meaning the same', () => {
    const redact = redactor({ authorization: `Bearer ${key}` });
    const text = `{"message":"bad key ${escaped.slice(0, 12)}${key.slice(2)}","quote":"\\u0022\\\\\\/"}`;
    const scrubbed = redact(text);
    expect(scrubbed).not.toContain(key);
    expect(JSON.parse(scrubbed)).toEqual({ message: 'bad key [redacted]', quote: '"\\/' });
  });

  it('takes names with auth, key, token, secret, session, sig or cookie for secret, but not the rate limits', () => {
    for (const name of ['Authorization', 'api-key', 'x-goog-api-key', 'access_token', 'sig', 'x-amz-signature']) {
      expect(isSecretName(name), name).toBe(true);
    }
    for (const name of ['idempotency-key', 'x-ratelimit-remaining-tokens', 'content-type', 'assignment']) {
      expect(isSecretName(name), name).toBe(false);
    }
    expect(isSecretName('X-Tenant', ['x-tenant'])).toBe(true);
  });

  it('masks credentials in the query of a URL', () => {
    expect(redactURL('https://x.test/v1/files?api-version=1&api-key=k&limit=2&sig=s&access_token=t')).toBe(
      'https://x.test/v1/files?api-version=1&api-key=***&limit=2&sig=***&access_token=***',
    );
    expect(redactURL('https://x.test/v1/files?tenant=acme', ['tenant'])).toBe('https://x.test/v1/files?tenant=***');
  });
});

describe('no credential anywhere', () => {
  it('scrubs a key the server echoes JSON-escaped in an error body', async () => {
    server.on('GET', '/models', {
      status: 401,
      body: `{"error":{"message":"Incorrect API key provided: ${escaped}.","code":"invalid_api_key"}}`,
      headers: { 'content-type': 'application/json' },
    });
    const error = await caught(client().request({ method: 'GET', path: '/models' }));
    expect(error.message).toBe('401 Incorrect API key provided: [redacted].');
    expect(everythingOf(error)).not.toContain(key);
  });

  it('scrubs a key echoed JSON-escaped in a stream error event', async () => {
    server.on('POST', '/responses', { sse: [{ event: 'error', data: `{"message":"key ${escaped} refused"}` }] });
    const stream = await client().request({ method: 'POST', path: '/responses', read: createEventStream });
    const error = await caught(
      (async () => {
        for await (const _ of stream);
      })(),
    );
    expect(error.message).toBe('key [redacted] refused');
    expect(everythingOf(error)).not.toContain(key);
  });

  it('shows no credential of the headers in JSON.stringify or util.inspect of an error', async () => {
    server.on('GET', '/models', {
      status: 403,
      json: { error: { message: 'no' } },
      headers: { 'set-cookie': `session=${key}`, 'x-echo': `Bearer ${key}` },
    });
    const error = await caught(client().request({ method: 'GET', path: '/models' }));
    (error as unknown as { headers: Headers }).headers.get('x-echo'); // builds the lazy Headers
    const logged = JSON.parse(JSON.stringify(error)) as { meta: { headers: Record<string, string> } };
    expect(logged.meta.headers['set-cookie']).toBe('***');
    expect(logged.meta.headers['x-echo']).toBe('[redacted]');
    expect(everythingOf(error)).not.toContain(key);
  });

  it('masks credentials in the query string and in any secret-looking header of the debug log', async () => {
    server.on('GET', '/models', { status: 500, json: {} }, { json: {} });
    const { lines, logger } = recordingLogger();
    const options: ClientOptions = {
      logLevel: 'debug',
      logger,
      maxRetries: 1,
      defaultQuery: { 'api-key': key, sig: key, token: key, access_token: key, key },
      defaultHeaders: { 'x-goog-api-key': key, 'ocp-apim-subscription-key': key, 'x-tenant': key },
      redact: ['X-Tenant'],
    };
    await client(options).request({ method: 'GET', path: '/models' });
    const text = lines.join('\n');
    for (const masked of [
      'api-key=***',
      'access_token=***',
      '"x-goog-api-key":"***"',
      '"x-tenant":"***"',
      'retrying',
    ]) {
      expect(text).toContain(masked);
    }
    expect(text).not.toContain(key);
  });

  it('scrubs an Azure key sent as api-key, and an admin key, from what the server echoes', async () => {
    server.on('GET', '/models', { status: 401, json: { error: { message: `api-key ${key} is not valid` } } });
    const azure = client({ defaultHeaders: { authorization: null, 'api-key': key } });
    expect(everythingOf(await caught(azure.request({ method: 'GET', path: '/models' })))).not.toContain(key);
    const admin = `sk-admin-${key.slice(8)}`;
    server.on('GET', '/organization/projects', { status: 401, json: { error: { message: `admin key ${admin}` } } });
    const error = await caught(client({ apiKey: admin }).request({ method: 'GET', path: '/organization/projects' }));
    expect(everythingOf(error)).not.toContain(admin);
  });

  it('refuses a redact option that is not a list of names, naming it', () => {
    expect(() => client({ redact: 'x-tenant' as never })).toThrow('`redact`');
  });
});
