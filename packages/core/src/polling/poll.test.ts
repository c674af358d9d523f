import type { ReplySpec } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { JobFailedError, JobTimeoutError } from '../errors/job-errors.js';
import { caught } from '../test-support/caught.js';
import { type JobState, type PollSettings, poll } from './poll.js';

const server = useTestServer();

interface Batch {
  id: string;
  status: string;
}

const stateOf = (batch: Batch): JobState =>
  batch.status === 'completed'
    ? 'done'
    : ['failed', 'expired', 'cancelled'].includes(batch.status)
      ? { failed: batch.status }
      : 'pending';

const waitForBatch = (options: Pick<PollSettings<Batch>, 'pollIntervalMs' | 'pollTimeoutMs' | 'signal' | 'onCheck'>) =>
  poll<Batch>({
    what: 'batch batch_1',
    check: (signal) =>
      createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 }).request<Batch>(
        { method: 'GET', path: '/batches/batch_1' },
        { signal },
      ),
    stateOf,
    ...options,
  });

const batch = (status: string, pollAfterMs?: number): ReplySpec => ({
  json: { id: 'batch_1', status },
  headers: pollAfterMs === undefined ? {} : { 'openai-poll-after-ms': String(pollAfterMs) },
});

describe('poll', () => {
  it('waits as long as the server asks, not the interval, and resolves to the finished job', async () => {
    server.on('GET', '/batches/batch_1', batch('validating', 10), batch('in_progress', 10), batch('completed'));
    const started = Date.now();
    const done = await waitForBatch({ pollIntervalMs: 60_000 });
    expect(done).toEqual({ id: 'batch_1', status: 'completed' });
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('waits the interval when the server does not say', async () => {
    server.on('GET', '/batches/batch_1', batch('in_progress'), batch('completed'));
    const started = Date.now();
    await expect(waitForBatch({ pollIntervalMs: 200 })).resolves.toMatchObject({ status: 'completed' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(server.requests).toHaveLength(2);
  });

  it('rejects a job that ended badly with JobFailedError carrying its last state', async () => {
    server.on('GET', '/batches/batch_1', batch('in_progress', 5), batch('expired'));
    const error = await caught(waitForBatch({}));
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ status: 'expired', job: { id: 'batch_1', status: 'expired' } });
    expect((error as Error).message).toBe('The batch batch_1 ended expired.');
  });

  it('gives up with JobTimeoutError once the next wait would pass pollTimeoutMs', async () => {
    server.on('GET', '/batches/batch_1', batch('in_progress', 40));
    const error = await caught(waitForBatch({ pollTimeoutMs: 100 }));
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100, job: { status: 'in_progress' } });
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('shows onCheck every job it checks, the finished one too, before judging it', async () => {
    server.on('GET', '/batches/batch_1', batch('validating', 5), batch('in_progress', 5), batch('completed'));
    const seen: string[] = [];
    const done = await waitForBatch({
      onCheck: async (job) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push(job.status);
      },
    });
    expect(done.status).toBe('completed');
    expect(seen).toEqual(['validating', 'in_progress', 'completed']);
  });

  it('ends the wait with the error of onCheck', async () => {
    server.on('GET', '/batches/batch_1', batch('in_progress', 5));
    const error = await caught(waitForBatch({ onCheck: () => Promise.reject(new Error('progress failed')) }));
    expect(error.message).toBe('progress failed');
    expect(server.requests).toHaveLength(1);
  });

  it('stops at once when the signal aborts during a wait', async () => {
    server.on('GET', '/batches/batch_1', batch('in_progress', 60_000));
    const controller = new AbortController();
    const waiting = caught(waitForBatch({ signal: controller.signal }));
    await server.waitForRequests(1);
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });
});
