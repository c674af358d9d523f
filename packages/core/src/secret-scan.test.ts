// The secrets scan: a faulty run with a recognisable key, at debug log level, against a server that echoes the key
// every way it can. Every error message, stack, cause, `JSON.stringify`, `util.inspect` and log line is collected,
// and the key is found nowhere. `pnpm exec vitest run packages/core/src/secret-scan.test.ts`.
import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import {
  attemptKey,
  type RecordedRequest,
  type ReplySpec,
  startTestServer,
  type TestServer,
  withRandomFaults,
} from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from './client/client.js';
import type { ClientOptions } from './client/client-options.js';
import { createClient } from './client/create-client.js';
import type { Logger } from './logging/logger.js';
import { requestPage } from './pagination/request-page.js';
import { createBinaryResponse } from './response/create-binary-response.js';
import { createEventStream } from './streaming/create-event-stream.js';
import { multipartBody } from './uploads/multipart-body.js';
import { toFile } from './uploads/to-file.js';

const key = 'sk-proj-SCAN7f3a9c2e5b1d8046ab';
const secretPart = key.slice('sk-proj-'.length);
const escaped = [...key].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

let server: TestServer;

/** Replies that echo the key every way a server or a proxy might, in turn. */
const echoes: ReplySpec[] = [
  { status: 401, json: { error: { message: `Incorrect API key provided: ${key}.`, code: 'invalid_api_key' } } },
  { status: 401, body: `{"error":{"message":"bad key ${escaped}"}}`, headers: { 'content-type': 'application/json' } },
  { status: 403, body: `<html>key=${key}</html>`, headers: { 'content-type': 'text/html', 'set-cookie': `s=${key}` } },
  { status: 500, json: { detail: { key } }, headers: { 'x-echo': `Bearer ${key}` } },
  { body: `<html>Your key ${key} was blocked</html>`, headers: { 'content-type': 'text/html' } },
  { body: `{"echo":"${escaped}", "cut`, headers: { 'content-type': 'application/json' } },
  { sse: [{ event: 'error', data: { error: { message: `stream key ${escaped}` } } }] },
  { sse: [`data: {"key": "${key}", oops\n\n`] },
  { sse: [{ data: { error: { message: `payload key ${key}` } } }] },
  { status: 429, json: { error: { message: `Rate limit for ${key}` } }, headers: { 'retry-after-ms': '1' } },
];

beforeAll(async () => {
  server = await startTestServer();
  let turn = 0;
  const reply = (request: RecordedRequest): ReplySpec => {
    if (request.routePath === '/files' && request.method === 'GET') {
      return { json: { data: [{ id: 'a' }], has_more: true, last_id: request.query.get('after') ?? 'a' } };
    }
    return echoes[turn++ % echoes.length]!;
  };
  server.on(
    '*',
    /.*/,
    withRandomFaults(reply, {
      seed: 7,
      rate: 0.4,
      key: attemptKey((request) => `${request.method} ${request.rawUrl}`),
    }),
  );
});

afterAll(async () => {
  await server.close();
});

describe('the secrets scan', () => {
  it('finds the key in no error, cause, serialization, inspection or log line of a faulty run at debug level', async () => {
    const printed: string[] = [];
    const log = (message: string, details?: Record<string, unknown>) =>
      printed.push(message, JSON.stringify(details), inspect(details, { depth: Number.POSITIVE_INFINITY }));
    const logger: Logger = { error: log, warn: log, info: log, debug: log };
    const base: ClientOptions = { baseURL: server.baseURL, logLevel: 'debug', logger, maxRetries: 1, timeout: 3000 };
    const clients: Client[] = [
      createClient({ ...base, apiKey: key }),
      createClient({ ...base, apiKey: () => key, defaultQuery: { 'api-key': key, sig: key } }),
      // Azure: the key in its own header, and the admin key of an organization.
      createClient({ ...base, apiKey: 'unused-key', defaultHeaders: { authorization: null, 'api-key': key } }),
      createClient({ ...base, apiKey: key, defaultHeaders: { 'x-goog-api-key': key, cookie: `session=${key}` } }),
    ];
    const read = (source: Parameters<typeof createEventStream>[0]) => createEventStream(source, { end: '[DONE]' });
    const calls = (client: Client): Promise<unknown>[] => [
      client.request({ method: 'POST', path: '/chat/completions', body: { n: 1 }, json: true }),
      client.request({ method: 'GET', path: '/models', query: { token: key } }),
      (async () => {
        for await (const _ of await client.request({ method: 'POST', path: '/responses', body: {}, read }));
      })(),
      (async () => {
        for await (const _ of requestPage(client, { method: 'GET', path: '/files', json: true }));
      })(),
      (async () => (await client.request({ method: 'GET', path: '/content', read: createBinaryResponse })).bytes())(),
      client.request({
        method: 'POST',
        path: '/uploads',
        body: multipartBody({ file: toFile(Readable.from([Buffer.from('x')]), 'a.txt') }),
        json: true,
      }),
    ];

    const errors: unknown[] = [];
    for (let round = 0; round < 5; round++) {
      const settled = await Promise.allSettled(clients.flatMap(calls));
      for (const outcome of settled) if (outcome.status === 'rejected') errors.push(outcome.reason);
    }

    expect(errors.length).toBeGreaterThan(50);
    expect(printed.length).toBeGreaterThan(200);
    for (const error of errors) {
      const seen: string[] = [];
      for (let current: unknown = error; current; current = (current as Error).cause) {
        seen.push(String(current), (current as Error).stack ?? '', JSON.stringify(current) ?? '');
      }
      seen.push(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }));
      const text = seen.join('\n');
      expect(text).not.toContain(secretPart);
    }
    expect(printed.join('\n')).not.toContain(secretPart);
  }, 120_000);
});
