// The load run with faults, small enough for the suite: calls (half streamed) against a server that injects faults
// at random from a fixed seed. Every promise settles; no call resolves to anything but what the server meant; every
// failure is a typed error; and no exchange is left open. The full run, 10,000 calls at concurrency 200 side by side
// with the official package, is `node bench/fault-load.mjs` (docs/reliability.md).
import { attemptKey, type RecordedRequest, startTestServer, type TestServer, withRandomFaults } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from './client/create-client.js';
import { OpenAIError } from './errors/openai-error.js';
import { createEventStream } from './streaming/create-event-stream.js';

const CALLS = 400;
const CONCURRENCY = 40;

let server: TestServer;

/** The words of call `id`'s answer: different for every call. */
const wordsOf = (id: number) => Array.from({ length: 10 + (id % 7) }, (_, index) => `w${id}-${index} `);

function answer(request: RecordedRequest) {
  const id = Number(request.headers['x-call-id']);
  const { stream } = request.json() as { stream?: boolean };
  if (!stream) return { json: { id, text: wordsOf(id).join('') } };
  return { sse: [...wordsOf(id).map((word) => ({ data: { id, word } })), 'data: [DONE]\n\n'] };
}

beforeAll(async () => {
  server = await startTestServer();
  const key = attemptKey((request) => request.headers['x-call-id'] ?? '');
  server.on('POST', '/answers', withRandomFaults(answer, { seed: 42, rate: 0.3, key }));
});

afterAll(async () => {
  await server.close();
});

describe('load with random faults', () => {
  it(`settles ${CALLS} calls at concurrency ${CONCURRENCY} with no silent wrong result and no untyped error`, async () => {
    const client = createClient({
      apiKey: 'sk-load',
      baseURL: server.baseURL,
      maxRetries: 2,
      // Long enough not to fire on a busy machine, short enough for the stalls to settle within the test's time.
      timeout: 3000,
      idleTimeout: 3000,
    });
    const counts = { right: 0, wrong: 0, typed: 0, untyped: 0 };
    const call = async (id: number) => {
      const headers = { 'x-call-id': String(id) };
      try {
        let text: string;
        if (id % 2 === 0) {
          const read = (source: Parameters<typeof createEventStream>[0]) =>
            createEventStream<{ word: string }>(source, { end: '[DONE]' });
          text = '';
          const events = await client.request(
            { method: 'POST', path: '/answers', body: { stream: true }, read },
            { headers },
          );
          for await (const event of events) text += event.word;
        } else {
          const reply = await client.request<{ text: string }>(
            { method: 'POST', path: '/answers', body: {}, json: true },
            { headers },
          );
          text = reply.text;
        }
        counts[text === wordsOf(id).join('') ? 'right' : 'wrong']++;
      } catch (error) {
        counts[error instanceof OpenAIError ? 'typed' : 'untyped']++;
      }
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CALLS) await call(next++);
      }),
    );

    expect(counts.right + counts.wrong + counts.typed + counts.untyped).toBe(CALLS);
    expect(counts.wrong).toBe(0);
    expect(counts.untyped).toBe(0);
    // Faults hit about a third of the attempts: retries save many calls, and the rest fail typed.
    expect(counts.typed).toBeGreaterThan(0);
    expect(counts.right).toBeGreaterThan(0);
    // No exchange is left open, and the sockets left are the pool's idle ones, at most one per call that was in flight
    // (a socket given up on may take a moment to close on the server's side).
    for (let index = 0; index < server.requests.length; index++) await server.waitForRequestClosed(index, 5000);
    for (let waited = 0; server.openConnections > CONCURRENCY && waited < 3000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(server.openConnections).toBeLessThanOrEqual(CONCURRENCY);
  }, 180_000);
});
