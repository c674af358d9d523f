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
const pollers: [string, (options: WaitOptions) => Promise<Batch>, Batch['status']][] = [
  ['waitForBatch', (options) => waitForBatch(client, 'batch_1', options), 'completed'],
  ['cancelBatchAndPoll', (options) => cancelBatchAndPoll(client, 'batch_1', options), 'cancelled'],
  [
    'runBatch',
    async (options) => (await runBatch(client, { endpoint: '/v1/moderations', requests: [request] }, options)).batch,
    'completed',
  ],
];

const checks = () => server.requests.filter((recorded) => recorded.method === 'GET');

describe.each(pollers)('%s', (_, poller, end) => {
  it('checks as often as the server asks (openai-poll-after-ms), not the interval', async () => {
    const later = { json: fakeBatch('in_progress'), headers: { 'openai-poll-after-ms': '10' } };
    server.on('GET', '/batches/{batch_id}', later, later, { json: fakeBatch(end) });
    const started = Date.now();
    expect((await poller({ pollIntervalMs: 60_000 })).status).toBe(end);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(checks()).toHaveLength(3);
  });

  it('gives up with JobTimeoutError after pollTimeoutMs', async () => {
    server.on('GET', '/batches/{batch_id}', {
      json: fakeBatch('in_progress'),
      headers: { 'openai-poll-after-ms': '40' },
    });
    await expect(poller({ pollTimeoutMs: 100 })).rejects.toBeInstanceOf(JobTimeoutError);
  });

  it('stops at once with APIUserAbortError when the signal aborts', async () => {
    server.on('GET', '/batches/{batch_id}', {
      json: fakeBatch('in_progress'),
      headers: { 'openai-poll-after-ms': '60000' },
    });
    const controller = new AbortController();
    const waiting = poller({ signal: controller.signal }).catch((caught: unknown) => caught);
    while (checks().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
  });
});
