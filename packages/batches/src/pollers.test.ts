import { APIUserAbortError, type Client, createClient, JobTimeoutError, type WaitOptions } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { cancelBatchAndPoll } from './cancel-batch-and-poll.js';
import type { Batch } from './generated/types.js';
import { runBatch } from './run-batch.js';
import { fakeBatch, scriptBatchApi } from './test-support/batch-api.js';
import { waitForBatch } from './wait-for-batch.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
  scriptBatchApi(server, { statuses: ['completed'] });
  server.on('POST', '/batches/{batch_id}/cancel', { json: fakeBatch('cancelling') });
});

const request = { custom_id: 'a', body: { model: 'omni-moderation-latest', input: 'hi' } };
/** Each poller, the status it resolves at, and how many requests it sends before its first check. */
const pollers: [string, (options: WaitOptions) => Promise<Batch>, Batch['status'], number][] = [
  ['waitForBatch', (options) => waitForBatch(client, 'batch_1', options), 'completed', 0],
  ['cancelBatchAndPoll', (options) => cancelBatchAndPoll(client, 'batch_1', options), 'cancelled', 1],
  [
    'runBatch',
    async (options) => (await runBatch(client, { endpoint: '/v1/moderations', requests: [request] }, options)).batch,
    'completed',
    2,
  ],
];

const checks = () => server.requests.filter((recorded) => recorded.method === 'GET');

describe.each(pollers)('%s', (_, poller, end, before) => {
  it('checks as often as the server asks (openai-poll-after-ms), not the interval', async () => {
    const later = { json: fakeBatch('in_progress'), headers: { 'openai-poll-after-ms': '10' } };
    server.on('GET', '/batches/{batch_id}', later, later, { json: fakeBatch(end) });
    const started = Date.now();
    expect((await poller({ pollIntervalMs: 60_000 })).status).toBe(end);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(checks()).toHaveLength(3);
  });

  /** The batch stays `in_progress`, asking for the next check in `pollAfterMs`. */
  const running = (pollAfterMs: number) =>
    server.on('GET', '/batches/{batch_id}', {
      json: fakeBatch('in_progress'),
      headers: { 'openai-poll-after-ms': String(pollAfterMs) },
    });

  it('gives up with JobTimeoutError after pollTimeoutMs, naming the batch as last seen', async () => {
    running(40);
    const error = await poller({ pollTimeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({
      what: 'batch batch_1',
      timeoutMs: 100,
      job: { id: 'batch_1', status: 'in_progress' },
    });
  });

  it('stops at once with APIUserAbortError when the signal aborts, and leaves the batch running', async () => {
    running(60_000);
    const controller = new AbortController();
    const waiting = poller({ signal: controller.signal }).catch((caught: unknown) => caught);
    await server.waitForRequests(before + 1);
    const sent = server.requests.length;
    expect(server.requests.at(-1)?.method).toBe('GET');
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(sent);
  });
});
