import { APIUserAbortError, type Client, createClient, JobTimeoutError } from '@org/core';
import type { ReplySpec } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { BatchFailedError } from './batch-failed-error.js';
import { cancelBatchAndPoll } from './cancel-batch-and-poll.js';
import { fakeBatch } from './test-support/batch-api.js';
import { waitForBatch } from './wait-for-batch.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const status = (value: Parameters<typeof fakeBatch>[0], pollAfterMs?: number): ReplySpec => ({
  json: fakeBatch(value),
  headers: pollAfterMs === undefined ? {} : { 'openai-poll-after-ms': String(pollAfterMs) },
});

describe('waitForBatch', () => {
  it('checks as often as the server asks, not the interval, until the batch completes', async () => {
    server.on('GET', '/batches/{id}', status('validating', 10), status('in_progress', 10), status('completed'));
    const started = Date.now();
    const batch = await waitForBatch(client, 'batch_1', { pollIntervalMs: 60_000, headers: { 'x-job': 'n7' } });
    expect(batch.status).toBe('completed');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.requests.map((request) => [request.path, request.headers['x-job']])).toEqual([
      ['/v1/batches/batch_1', 'n7'],
      ['/v1/batches/batch_1', 'n7'],
      ['/v1/batches/batch_1', 'n7'],
    ]);
  });

  it('gives up with JobTimeoutError after pollTimeoutMs, the batch as last seen', async () => {
    server.on('GET', '/batches/{id}', status('in_progress', 40));
    const error = await waitForBatch(client, 'batch_1', { pollTimeoutMs: 100 }).catch((caught) => caught);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error.job).toMatchObject({ id: 'batch_1', status: 'in_progress' });
  });

  it('stops at once with APIUserAbortError when the signal aborts', async () => {
    server.on('GET', '/batches/{id}', status('in_progress', 60_000));
    const controller = new AbortController();
    const waiting = waitForBatch(client, 'batch_1', { signal: controller.signal }).catch((caught) => caught);
    await server.waitForRequests(1);
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
  });

  it.each(['failed', 'expired', 'cancelled'] as const)(
    'rejects a batch that ended %s with BatchFailedError',
    async (end) => {
      server.on('GET', '/batches/{id}', status('in_progress', 5), status(end));
      const error = await waitForBatch(client, 'batch_1').catch((caught) => caught);
      expect(error).toBeInstanceOf(BatchFailedError);
      expect(error).toMatchObject({ status: end, what: 'batch batch_1', batch: { status: end } });
    },
  );
});

describe('cancelBatchAndPoll', () => {
  it('cancels, then waits until the batch has stopped, and resolves to it', async () => {
    server.on('POST', '/batches/{id}/cancel', { json: fakeBatch('cancelling') });
    server.on('GET', '/batches/{id}', status('cancelling', 5), status('cancelled'));
    const batch = await cancelBatchAndPoll(client, 'batch_1', { idempotencyKey: 'stop-1' });
    expect(batch.status).toBe('cancelled');
    expect(server.requests.map((request) => `${request.method} ${request.routePath}`)).toEqual([
      'POST /batches/batch_1/cancel',
      'GET /batches/batch_1',
      'GET /batches/batch_1',
    ]);
    expect(server.requests[0]?.headers['idempotency-key']).toBe('stop-1');
  });

  it('resolves to a batch that completed before the cancel took, without polling', async () => {
    server.on('POST', '/batches/{id}/cancel', { json: fakeBatch('completed') });
    expect((await cancelBatchAndPoll(client, 'batch_1')).status).toBe('completed');
    expect(server.requests).toHaveLength(1);
  });
});
