import { APIUserAbortError, type Client, createClient, JobTimeoutError } from '@org/core';
import type { ReplySpec } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFineTuningJobAndPoll } from './create-fine-tuning-job-and-poll.js';
import { FineTuningJobFailedError } from './fine-tuning-job-failed-error.js';
import type { FineTuningJob, FineTuningJobEvent } from './generated/types.js';
import { fakeEvent, fakeJob, serveJobEvents } from './test-support/fine-tuning-api.js';
import { waitForFineTuningJob } from './wait-for-fine-tuning-job.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const status = (value: FineTuningJob['status'], pollAfterMs?: number, fields?: Partial<FineTuningJob>): ReplySpec => ({
  json: fakeJob(value, fields),
  headers: pollAfterMs === undefined ? {} : { 'openai-poll-after-ms': String(pollAfterMs) },
});

const checks = () => server.requests.filter((request) => request.routePath === '/fine_tuning/jobs/ftjob-1');
const eventReads = () => server.requests.filter((request) => request.routePath.endsWith('/events'));

describe('waitForFineTuningJob', () => {
  it('checks as often as the server asks, not the interval, and reads no event without onEvent', async () => {
    server.on(
      'GET',
      '/fine_tuning/jobs/{id}',
      status('validating_files', 10),
      status('running', 10),
      status('succeeded'),
    );
    const started = Date.now();
    const job = await waitForFineTuningJob(client, 'ftjob-1', { pollIntervalMs: 60_000, headers: { 'x-job': 'j' } });
    expect(job.status).toBe('succeeded');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(checks().map((request) => request.headers['x-job'])).toEqual(['j', 'j', 'j']);
    expect(eventReads()).toHaveLength(0);
  });

  it('streams the events that arrive while the job runs: each once, oldest first, before the wait resolves', async () => {
    // Each check logs more events: 3 by the first, 30 by the second (two pages of 20 to read back), 31 at the end.
    const logged = [3, 30, 30, 31];
    let checked = 0;
    const all = Array.from({ length: 31 }, (_, index) => fakeEvent(index + 1));
    server.on('GET', '/fine_tuning/jobs/{id}', () => {
      checked++;
      return checked < logged.length ? status('running', 5) : status('succeeded');
    });
    serveJobEvents(server, () => all.slice(0, logged[checked - 1]));
    const seen: [string, string][] = [];
    const job = await waitForFineTuningJob(client, 'ftjob-1', {
      pollIntervalMs: 60_000,
      onEvent: (event, job) => {
        seen.push([event.id, job.status]);
      },
    });
    expect(job.status).toBe('succeeded');
    expect(seen.map(([id]) => id)).toEqual(all.map((event) => event.id));
    // Events 1-3 came with the first check, 4-30 with the second, none with the third, 31 with the last.
    expect(seen.filter(([, status]) => status === 'running')).toHaveLength(30);
    expect(seen.at(-1)).toEqual(['ftevent-31', 'succeeded']);
    // Every read stops at the first page holding an event seen before: 1 + 2 + 1 + 1 requests.
    expect(eventReads().map((request) => request.query.get('after'))).toEqual([null, null, 'ftevent-11', null, null]);
  });

  it('waits for onEvent before the next check, and ends with its error while the job goes on', async () => {
    server.on('GET', '/fine_tuning/jobs/{id}', status('running', 5));
    serveJobEvents(server, () => [fakeEvent(1)]);
    const error = await waitForFineTuningJob(client, 'ftjob-1', {
      onEvent: () => Promise.reject(new Error('progress bar broke')),
    }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('progress bar broke');
    expect(checks()).toHaveLength(1);
  });

  it.each(['failed', 'cancelled'] as const)(
    'rejects a job that ended %s with FineTuningJobFailedError',
    async (end) => {
      const error = { code: 'invalid_training_file', message: 'Line 3 has no messages.', param: 'training_file' };
      server.on('GET', '/fine_tuning/jobs/{id}', status('running', 5), status(end, undefined, { error }));
      const caught = await waitForFineTuningJob(client, 'ftjob-1').catch((caught: unknown) => caught);
      expect(caught).toBeInstanceOf(FineTuningJobFailedError);
      expect(caught).toMatchObject({ status: end, what: 'fine-tuning job ftjob-1', fineTuningJob: { status: end } });
      expect((caught as Error).message).toBe(
        `The fine-tuning job ftjob-1 ended ${end}: invalid_training_file: Line 3 has no messages.`,
      );
    },
  );

  it('gives up with JobTimeoutError after pollTimeoutMs, the job as last seen', async () => {
    server.on('GET', '/fine_tuning/jobs/{id}', status('running', 40));
    const error = await waitForFineTuningJob(client, 'ftjob-1', { pollTimeoutMs: 100 }).catch((caught) => caught);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ what: 'fine-tuning job ftjob-1', timeoutMs: 100, job: { status: 'running' } });
  });

  it('stops at once with APIUserAbortError when the signal aborts, sending nothing more', async () => {
    server.on('GET', '/fine_tuning/jobs/{id}', status('running', 60_000));
    serveJobEvents(server, () => [fakeEvent(1)]);
    const controller = new AbortController();
    const events: FineTuningJobEvent[] = [];
    let firstEvent: () => void;
    const delivered = new Promise<void>((resolve) => {
      firstEvent = resolve;
    });
    const waiting = waitForFineTuningJob(client, 'ftjob-1', {
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        firstEvent();
      },
    }).catch((caught: unknown) => caught);
    await delivered;
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(2);
    expect(events.map((event) => event.id)).toEqual(['ftevent-1']);
  });
});

describe('createFineTuningJobAndPoll', () => {
  it('creates the job, tells onCreated, then waits with its events', async () => {
    server.on('POST', '/fine_tuning/jobs', { json: fakeJob('validating_files') });
    server.on('GET', '/fine_tuning/jobs/{id}', status('running', 5), status('succeeded'));
    serveJobEvents(server, () => [fakeEvent(1, 'Validating training file'), fakeEvent(2, 'Fine-tuning job started')]);
    const said: string[] = [];
    const job = await createFineTuningJobAndPoll(
      client,
      { model: 'gpt-4o-mini-2024-07-18', training_file: 'file-train' },
      {
        idempotencyKey: 'ft-1',
        onCreated: (job) => {
          said.push(`created ${job.id}`);
        },
        onEvent: (event) => {
          said.push(event.message);
        },
      },
    );
    expect(job.status).toBe('succeeded');
    expect(said).toEqual(['created ftjob-1', 'Validating training file', 'Fine-tuning job started']);
    const [create] = server.requests;
    expect(create?.headers['idempotency-key']).toBe('ft-1');
    expect(create?.json()).toEqual({ model: 'gpt-4o-mini-2024-07-18', training_file: 'file-train' });
    expect(server.requests.slice(1).every((request) => request.headers['idempotency-key'] === undefined)).toBe(true);
  });
});
