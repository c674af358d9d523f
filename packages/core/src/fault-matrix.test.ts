// The fault matrix: every kind of request against every fault a network, a proxy or a server can throw at it, each
// cell asserting its documented outcome (docs/reliability.md): the right result (after retries where they are due), or
// a typed error within its timeout, with the request's connection closed, nothing retried that must not be, and no
// unhandled rejection. `pnpm exec vitest run packages/core/src/fault-matrix.test.ts`.
import { Readable } from 'node:stream';
import { type ReplySpec, startTestServer, type TestServer } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from './client/client.js';
import { createClient } from './client/create-client.js';
import { InternalServerError, RateLimitError } from './errors/api-error.js';
import { APIConnectionError, APITimeoutError } from './errors/connection-errors.js';
import { InvalidResponseError } from './errors/invalid-response-error.js';
import { OpenAIError } from './errors/openai-error.js';
import { StreamError } from './errors/stream-error.js';
import { StreamTruncatedError } from './errors/stream-truncated-error.js';
import { requestPage } from './pagination/request-page.js';
import { createBinaryResponse } from './response/create-binary-response.js';
import { createEventStream } from './streaming/create-event-stream.js';
import { streamFromReadableStream } from './streaming/stream-from-readable-stream.js';
import { multipartBody } from './uploads/multipart-body.js';
import { toFile } from './uploads/to-file.js';

let server: TestServer;
let refusedURL: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  server = await startTestServer();
  const closed = await startTestServer();
  refusedURL = closed.baseURL;
  await closed.close();
  process.on('unhandledRejection', onUnhandled);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server.close();
});

/** One retry, and timeouts short enough for every cell to settle within seconds, long enough for a busy machine. */
const TIMEOUT_MS = 2000;
const clientFor = (baseURL: string): Client =>
  createClient({ apiKey: 'sk-matrix', baseURL, maxRetries: 1, timeout: TIMEOUT_MS, idleTimeout: TIMEOUT_MS });

// The kinds of request: what each sends, what the server answers when all is well, and what the caller gets.
const events = Array.from({ length: 6 }, (_, n) => ({ data: { n, text: `chunk ${n} ✓` } }));
const jsonAnswer = { id: 'answer-1', text: 'héllo '.repeat(40) };
const file = new Uint8Array(64 * 1024).map((_, index) => index % 251);
const ndjson = `${events.map((event) => JSON.stringify(event.data)).join('\n')}\n[DONE]\n`;
const pages = [
  { data: [{ id: 'a' }, { id: 'b' }], has_more: true },
  { data: [{ id: 'c' }, { id: 'd' }], has_more: false },
];

interface Kind {
  method: 'GET' | 'POST';
  /** The reply when all is well; for a list, that of the second page, where the faults go. */
  whole: ReplySpec;
  /** The result the caller gets when all is well. */
  result: unknown;
  call(client: Client, path: string): Promise<unknown>;
  /** A kind whose body is a one-shot stream: never retried, whatever the fault. */
  oneShot?: boolean;
}

async function itemsOf(stream: AsyncIterable<unknown>, seen: unknown[]): Promise<unknown[]> {
  for await (const item of stream) seen.push(item);
  return seen;
}

const kinds: Record<string, Kind> = {
  json: {
    method: 'POST',
    whole: { json: jsonAnswer, chunkSize: 60 },
    result: jsonAnswer,
    call: (client, path) => client.request({ method: 'POST', path, body: { q: 1 }, json: true }),
  },
  upload: {
    method: 'POST',
    whole: { json: { id: 'file-1' }, chunkSize: 5 },
    result: { id: 'file-1' },
    oneShot: true,
    call: (client, path) => {
      const stream = Readable.from([Buffer.from('{"a":1}\n'), Buffer.from('{"b":2}\n')]);
      const body = multipartBody({ purpose: 'batch', file: toFile(stream, 'batch.jsonl') }, ['file']);
      return client.request({ method: 'POST', path, body, json: true });
    },
  },
  sse: {
    method: 'POST',
    whole: { sse: [...events, 'data: [DONE]\n\n'], chunkDelayMs: 5 },
    result: events.map((event) => event.data),
    call: async (client, path) => {
      const read = (source: Parameters<typeof createEventStream>[0]) => createEventStream(source, { end: '[DONE]' });
      return itemsOf(await client.request({ method: 'POST', path, body: { stream: true }, read }), []);
    },
  },
  ndjson: {
    method: 'GET',
    whole: { body: ndjson, chunkSize: 40, chunkDelayMs: 5, headers: { 'content-type': 'application/x-ndjson' } },
    result: events.map((event) => event.data),
    call: async (client, path) => {
      const response = await client.request({ method: 'GET', path }).asResponse();
      return itemsOf(streamFromReadableStream(response.body!), []);
    },
  },
  binary: {
    method: 'GET',
    whole: {
      body: file,
      chunkSize: 8192,
      chunkDelayMs: 2,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(file.byteLength) },
    },
    result: file,
    call: async (client, path) => (await client.request({ method: 'GET', path, read: createBinaryResponse })).bytes(),
  },
  list: {
    method: 'GET',
    whole: { json: pages[1], chunkSize: 20 },
    result: ['a', 'b', 'c', 'd'],
    call: async (client, path) => {
      const ids: string[] = [];
      for await (const item of requestPage<{ id: string }>(client, { method: 'GET', path, json: true })) {
        ids.push(item.id);
      }
      return ids;
    },
  },
};
type KindName = keyof typeof kinds;

/**
 * What a cell must come to: the result after `attempts` requests, or an error of `error`'s class after `attempts`
 * requests (the caller having had the first items of a stream or a list before it, where there were any). For a list,
 * `attempts` counts the requests for its second page, where the fault is.
 */
type Outcome = { attempts: number; error?: new (...args: never[]) => Error; result?: unknown };
const ok = (attempts = 1, result?: unknown): Outcome => ({ attempts, result });
const fails = (error: Outcome['error'], attempts = 1): Outcome => ({ attempts, error });

interface Fault {
  /** The replies to successive attempts (the last repeats), made from the kind's whole reply. */
  replies(whole: ReplySpec, kind: KindName): ReplySpec[];
  outcome: Partial<Record<KindName, Outcome>> & { default: Outcome };
  /** The call goes to a port nothing listens on. */
  refused?: boolean;
}

/** The kinds whose calls are retried: all but a one-shot upload. */
const retried = (error: Outcome['error'], attempts = 2) => ({ default: fails(error, attempts), upload: fails(error) });
const page = '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>\n';
/** The same body, in the same chunks, labelled `type`. */
const labelled = (whole: ReplySpec, type: string): ReplySpec => ({
  ...whole,
  headers: { ...whole.headers, 'content-type': type },
});
/** The reply sent compressed; a declared length would count the bytes before compression, so it goes. */
const compressed = (whole: ReplySpec, compress: 'gzip' | 'br'): ReplySpec => {
  const { 'content-length': _length, ...headers } = whole.headers ?? {};
  return { ...whole, headers, compress };
};
const withRetryHeader = (headers: Record<string, string>): Fault => ({
  replies: (whole) => [{ status: 429, json: { error: { message: 'Slow down.' } }, headers }, whole],
  outcome: { default: ok(2), upload: fails(RateLimitError) },
});

const faults: Record<string, Fault> = {
  'connection refused': {
    refused: true,
    replies: () => [],
    outcome: { default: fails(APIConnectionError, 0) },
  },
  'reset before the headers': {
    replies: () => [{ fault: 'reset' }],
    outcome: retried(APIConnectionError),
  },
  'reset mid-body': {
    replies: (whole) => [{ ...whole, fault: 'reset-mid-body', faultAfterChunks: 1, chunkDelayMs: 20 }],
    // A stream, a relay and a download are the caller's from their headers on: never retried after that.
    outcome: {
      ...retried(APIConnectionError),
      sse: fails(APIConnectionError),
      ndjson: fails(APIConnectionError),
      binary: fails(APIConnectionError),
    },
  },
  'clean end mid-event': {
    replies: (whole) => [{ ...whole, chunkSize: 5, fault: 'end-mid-body', faultAfterChunks: 2 }],
    outcome: {
      default: fails(InvalidResponseError),
      sse: fails(StreamTruncatedError),
      ndjson: fails(StreamTruncatedError),
      // Its content-length says more is due: the reader waits for it, then times out.
      binary: fails(APITimeoutError),
    },
  },
  'clean end before the end marker': {
    replies: (whole, kind) =>
      kind === 'sse'
        ? [{ ...whole, fault: 'end-mid-body', faultAfterChunks: events.length }]
        : kind === 'ndjson'
          ? [{ ...whole, body: ndjson.replace('[DONE]\n', ''), chunkSize: undefined }]
          : [{ ...whole, fault: 'end-mid-body' }],
    outcome: {
      default: fails(InvalidResponseError),
      sse: fails(StreamTruncatedError),
      ndjson: fails(StreamTruncatedError),
      binary: fails(APITimeoutError),
    },
  },
  'stall before the headers': {
    replies: () => [{ fault: 'stall' }],
    outcome: retried(APITimeoutError),
  },
  'stall mid-body': {
    replies: (whole) => [{ ...whole, fault: 'stall-mid-body', faultAfterChunks: 1 }],
    outcome: {
      ...retried(APITimeoutError),
      sse: fails(APITimeoutError),
      ndjson: fails(APITimeoutError),
      binary: fails(APITimeoutError),
    },
  },
  '429 with retry-after-ms': withRetryHeader({ 'retry-after-ms': '10' }),
  '429 with retry-after in seconds': withRetryHeader({ 'retry-after': '0' }),
  '429 with retry-after as a date': withRetryHeader({ 'retry-after': new Date(0).toUTCString() }),
  '429 with x-should-retry: false': {
    replies: (whole) => [
      { status: 429, json: { error: { message: 'No.' } }, headers: { 'x-should-retry': 'false' } },
      whole,
    ],
    outcome: { default: fails(RateLimitError) },
  },
  '5xx, then success': {
    replies: (whole) => [
      { status: 503, json: { error: { message: 'Busy.' } }, headers: { 'retry-after-ms': '10' } },
      whole,
    ],
    outcome: { default: ok(2), upload: fails(InternalServerError) },
  },
  '5xx forever': {
    replies: () => [{ status: 500, json: { error: { message: 'Broken.' } }, headers: { 'retry-after-ms': '10' } }],
    outcome: retried(InternalServerError),
  },
  'malformed JSON': {
    replies: (whole, kind) =>
      kind === 'sse'
        ? [{ sse: [events[0]!, 'data: {"n": 1, oops\n\n', 'data: [DONE]\n\n'] }]
        : kind === 'ndjson'
          ? [{ ...whole, body: `${JSON.stringify(events[0]!.data)}\n{"n": 1, oops\n[DONE]\n`, chunkSize: undefined }]
          : [{ ...whole, json: undefined, body: '{"id": "x", oops}', headers: { 'content-type': 'application/json' } }],
    // A file has no format to break: it is what was sent.
    outcome: {
      default: fails(InvalidResponseError),
      sse: fails(StreamError),
      ndjson: fails(StreamError),
      binary: ok(1, new TextEncoder().encode('{"id": "x", oops}')),
    },
  },
  'truncated JSON, framed whole': {
    replies: (whole, kind) =>
      kind === 'sse'
        ? [{ sse: [events[0]!, 'data: {"n": 1, "te\n\n', 'data: [DONE]\n\n'] }]
        : kind === 'ndjson'
          ? [{ ...whole, body: `${JSON.stringify(events[0]!.data)}\n{"n": 1, "te\n[DONE]\n`, chunkSize: undefined }]
          : [
              {
                ...whole,
                json: undefined,
                body: '{"id": "answer-1", "te',
                headers: { 'content-type': 'application/json' },
              },
            ],
    outcome: {
      default: fails(InvalidResponseError),
      sse: fails(StreamError),
      ndjson: fails(StreamError),
      binary: ok(1, new TextEncoder().encode('{"id": "answer-1", "te')),
    },
  },
  'wrong content type': {
    replies: (whole, kind) => [labelled(whole, kind === 'binary' ? 'application/json' : 'text/plain')],
    outcome: { default: ok() },
  },
  'an HTML page from a proxy': {
    replies: () => [{ body: page, headers: { 'content-type': 'text/html' } }],
    outcome: {
      default: fails(InvalidResponseError),
      // NDJSON has no status or content-type to tell by: the page's first line is not JSON.
      ndjson: fails(StreamError),
      binary: ok(1, new TextEncoder().encode(page)),
    },
  },
  'an empty body': {
    replies: (whole) => [{ ...whole, json: undefined, sse: undefined, body: '', chunkSize: undefined }],
    outcome: {
      default: fails(InvalidResponseError),
      sse: fails(StreamTruncatedError),
      ndjson: fails(StreamTruncatedError),
      // An empty file, declared so, is a file; but this reply still says 64 KiB.
      binary: fails(APITimeoutError),
    },
  },
  'an oversized body or event': {
    replies: (whole, kind) => {
      const big = 'x'.repeat(17 * 1024 * 1024);
      if (kind === 'sse') return [{ sse: [{ data: { text: big } }, 'data: [DONE]\n\n'], chunkSize: 1024 * 1024 }];
      if (kind === 'ndjson')
        return [{ ...whole, body: `${JSON.stringify({ text: big })}\n[DONE]\n`, chunkSize: 1024 * 1024 }];
      return [whole];
    },
    // Events and lines are bounded (maxBufferSize, 16 MiB); a JSON reply is read whole, bounded by its timeout.
    outcome: { default: ok(), sse: fails(StreamError), ndjson: fails(StreamError) },
  },
  // Decoded by the transport, whatever asked for them; each chunk or event is flushed compressed on its own.
  'a gzip body': { replies: (whole) => [compressed(whole, 'gzip')], outcome: { default: ok() } },
  'a br body': { replies: (whole) => [compressed(whole, 'br')], outcome: { default: ok() } },
  // The decoder tells a compressed body cut short (it ends without its trailer): a broken body, retried where a body
  // is read whole, raised where the caller has started reading.
  'a gzip body cut mid-stream': {
    replies: (whole) => [{ ...compressed(whole, 'gzip'), fault: 'end-mid-body', faultAfterChunks: 1 }],
    outcome: {
      ...retried(APIConnectionError),
      sse: fails(APIConnectionError),
      ndjson: fails(APIConnectionError),
      binary: fails(APIConnectionError),
    },
  },
};

/** A path of its own for each cell, so the cells run side by side on one server. */
let cells = 0;

describe.each(Object.keys(kinds) as KindName[])('fault matrix: %s', (kindName) => {
  const kind = kinds[kindName]!;
  it.concurrent.each(Object.keys(faults))(
    '%s',
    async (faultName) => {
      const fault = faults[faultName]!;
      const expected = fault.outcome[kindName] ?? fault.outcome.default;
      const path = `/cell-${++cells}`;
      const faulty = fault.replies(kind.whole, kindName);
      if (kindName === 'list') {
        let attempt = 0;
        server.on(kind.method, path, (request) =>
          request.query.has('after')
            ? (faulty[Math.min(attempt++, faulty.length - 1)] ?? kind.whole)
            : { json: pages[0] },
        );
      } else if (faulty.length > 0) {
        server.on(kind.method, path, ...faulty);
      }

      const started = Date.now();
      const outcome = await kind.call(clientFor(fault.refused ? refusedURL : server.baseURL), path).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
      const elapsed = Date.now() - started;

      const requests = server.requests.filter((request) => request.routePath === path);
      const attempts =
        kindName === 'list' ? requests.filter((request) => request.query.has('after')).length : requests.length;
      if (expected.error) {
        expect((outcome as { error?: unknown }).error, 'a typed error').toBeInstanceOf(expected.error);
        expect((outcome as { error?: unknown }).error).toBeInstanceOf(OpenAIError);
      } else {
        expect(outcome, 'no error').not.toHaveProperty('error');
        expect((outcome as { result: unknown }).result).toEqual(expected.result ?? kind.result);
      }
      if (!fault.refused) expect(attempts, 'attempts').toBe(kind.oneShot && expected.error ? 1 : expected.attempts);
      // Two attempts and a back-off at most, each bounded by the timeouts.
      expect(elapsed).toBeLessThan(4 * TIMEOUT_MS + 1500);
      // Every request's exchange is over: finished, or closed by the client that gave up on it.
      for (const request of requests) await server.waitForRequestClosed(server.requests.indexOf(request), 3000);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).toEqual([]);
    },
    30_000,
  );
});

// The realtime socket's row (core cannot depend on @org/realtime): packages/realtime/src/fault-matrix.test.ts.
