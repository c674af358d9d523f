import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { stepOptions } from '../request/step-options.js';
import { checkOptionsOf, requestOptionsOf, waitForJob } from './wait-for-job.js';

const server = useTestServer();

describe('waitForJob', () => {
  it('polls with the poller options and sends the others with every check, less extraBody and idempotencyKey', async () => {
    server.on(
      'GET',
      '/batches/batch_1',
      { json: { status: 'in_progress' }, headers: { 'openai-poll-after-ms': '5' } },
      { json: { status: 'completed' } },
    );
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    const job = await waitForJob(
      'batch batch_1',
      (options) => client.request<{ status: string }>({ method: 'GET', path: '/batches/batch_1' }, options),
      ({ status }) => (status === 'completed' ? 'done' : 'pending'),
      { pollIntervalMs: 60_000, headers: { 'x-trace': 't1' }, idempotencyKey: 'k', extraBody: { a: 1 } },
    );
    expect(job).toEqual({ status: 'completed' });
    expect(server.requests.map((request) => request.headers['x-trace'])).toEqual(['t1', 't1']);
  });

  it('rejects a job that ended badly with the error `failure` makes of it', async () => {
    server.on('GET', '/batches/batch_1', { json: { status: 'expired' } });
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    class ExpiredError extends Error {}
    const error = await waitForJob(
      'batch batch_1',
      (options) => client.request<{ status: string }>({ method: 'GET', path: '/batches/batch_1' }, options),
      ({ status }) => ({ failed: status }),
      {},
      { failure: (job, status) => new ExpiredError(`${status}: ${JSON.stringify(job)}`) },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExpiredError);
    expect((error as Error).message).toBe('expired: {"status":"expired"}');
  });

  it('judges a known job before any check: one already over costs no request, one still going is checked', async () => {
    server.on('GET', '/batches/batch_1', { json: { status: 'completed' } });
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    const seen: string[] = [];
    const wait = (known: { status: string }) =>
      waitForJob(
        'batch batch_1',
        (options) => client.request<{ status: string }>({ method: 'GET', path: '/batches/batch_1' }, options),
        ({ status }) => (status === 'completed' ? 'done' : status === 'failed' ? { failed: status } : 'pending'),
        {},
        { known, onCheck: (job) => void seen.push(job.status) },
      );

    await expect(wait({ status: 'completed' })).resolves.toEqual({ status: 'completed' });
    await expect(wait({ status: 'failed' })).rejects.toMatchObject({ status: 'failed', job: { status: 'failed' } });
    expect(server.requests).toHaveLength(0);
    await expect(wait({ status: 'queued' })).resolves.toEqual({ status: 'completed' });
    expect(server.requests).toHaveLength(1);
    expect(seen).toEqual(['completed', 'failed', 'queued', 'completed']);
  });

  it('splits a helper’s options into the request’s and the checks’', () => {
    const options = { pollIntervalMs: 1, pollTimeoutMs: 2, idempotencyKey: 'k', extraBody: { a: 1 }, timeout: 3 };
    expect(requestOptionsOf(options)).toEqual({ idempotencyKey: 'k', extraBody: { a: 1 }, timeout: 3 });
    expect(checkOptionsOf(options)).toEqual({ timeout: 3 });
    expect(requestOptionsOf()).toEqual({});
  });
});

describe('stepOptions', () => {
  it('gives each request of a helper its own idempotency key, derived from the one given', () => {
    expect(stepOptions({ idempotencyKey: 'job-7', timeout: 5 }, 'upload')).toEqual({
      idempotencyKey: 'job-7:upload',
      timeout: 5,
    });
    expect(stepOptions({ timeout: 5 }, 'upload')).toEqual({ timeout: 5 });
    expect(stepOptions(undefined, 'upload')).toEqual({});
  });
});
