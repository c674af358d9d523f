import { APIUserAbortError, type Client, createClient, JobTimeoutError } from '@org/core';
import type { ReplySpec } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRunAndPoll } from './create-run-and-poll.js';
import { createThreadAndRunAndPoll } from './create-thread-and-run-and-poll.js';
import type { RunObject } from './generated/types.js';
import { pollRun } from './poll-run.js';
import { RunFailedError } from './run-failed-error.js';
import { submitToolOutputsAndPoll } from './submit-tool-outputs-and-poll.js';
import { fakeRun, runRequiringAction, weatherCall } from './test-support/fixtures.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const runPath = '/threads/{thread_id}/runs/{run_id}';
const reply = (run: RunObject, pollAfterMs?: number): ReplySpec => ({
  json: run,
  headers: pollAfterMs === undefined ? {} : { 'openai-poll-after-ms': String(pollAfterMs) },
});

describe('pollRun', () => {
  it('checks as often as the server asks, not the interval, until the run completes', async () => {
    server.on(
      'GET',
      runPath,
      reply(fakeRun('queued'), 10),
      reply(fakeRun('in_progress'), 10),
      reply(fakeRun('completed')),
    );
    const started = Date.now();
    const run = await pollRun(client, 'thread_1', 'run_1', { pollIntervalMs: 60_000 });
    expect(run.status).toBe('completed');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.requests.map((request) => [request.path, request.headers['openai-beta']])).toEqual([
      ['/v1/threads/thread_1/runs/run_1', 'assistants=v2'],
      ['/v1/threads/thread_1/runs/run_1', 'assistants=v2'],
      ['/v1/threads/thread_1/runs/run_1', 'assistants=v2'],
    ]);
  });

  it('stops for the caller when the run requires action', async () => {
    server.on('GET', runPath, reply(fakeRun('in_progress'), 5), reply(runRequiringAction(weatherCall('c1', 'Oslo'))));
    const run = await pollRun(client, 'thread_1', 'run_1');
    expect(run.status).toBe('requires_action');
    expect(run.required_action?.submit_tool_outputs.tool_calls[0]?.id).toBe('c1');
  });

  it.each(['failed', 'cancelled', 'expired', 'incomplete'] as const)(
    'rejects a run that ended %s with RunFailedError carrying it',
    async (status) => {
      server.on('GET', runPath, reply(fakeRun('in_progress'), 5), reply(fakeRun(status)));
      const error = await pollRun(client, 'thread_1', 'run_1').catch((caught) => caught);
      expect(error).toBeInstanceOf(RunFailedError);
      expect(error).toMatchObject({ status, what: 'run run_1', run: { status } });
    },
  );

  it('gives up with JobTimeoutError after pollTimeoutMs', async () => {
    server.on('GET', runPath, reply(fakeRun('in_progress'), 40));
    const error = await pollRun(client, 'thread_1', 'run_1', { pollTimeoutMs: 100 }).catch((caught) => caught);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error.job).toMatchObject({ status: 'in_progress' });
  });

  it('stops at once with APIUserAbortError when the signal aborts', async () => {
    server.on('GET', runPath, reply(fakeRun('in_progress'), 60_000));
    const controller = new AbortController();
    const waiting = pollRun(client, 'thread_1', 'run_1', { signal: controller.signal }).catch((caught) => caught);
    await server.waitForRequests(1);
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
  });
});

describe('create and submit, then poll', () => {
  it('createRunAndPoll creates the run, then polls it with the same headers', async () => {
    server.on('POST', '/threads/{thread_id}/runs', { json: fakeRun('queued') });
    server.on('GET', runPath, reply(fakeRun('completed')));
    const run = await createRunAndPoll(
      client,
      'thread_1',
      { assistant_id: 'asst_1' },
      { pollIntervalMs: 5, headers: { 'x-trace': 't1' }, idempotencyKey: 'k1' },
    );
    expect(run.status).toBe('completed');
    expect(
      server.requests.map((request) => [
        request.method,
        request.headers['x-trace'],
        request.headers['idempotency-key'],
      ]),
    ).toEqual([
      ['POST', 't1', 'k1'],
      ['GET', 't1', undefined],
    ]);
  });

  it('createThreadAndRunAndPoll does not poll a run that is over at once', async () => {
    server.on('POST', '/threads/runs', { json: fakeRun('completed') });
    expect((await createThreadAndRunAndPoll(client, { assistant_id: 'asst_1' })).status).toBe('completed');
    expect(server.requests).toHaveLength(1);
  });

  it('submitToolOutputsAndPoll sends the outputs, then polls until the run stops again', async () => {
    server.on('POST', `${runPath}/submit_tool_outputs`, { json: fakeRun('queued') });
    server.on('GET', runPath, reply(fakeRun('in_progress'), 5), reply(fakeRun('completed')));
    const run = await submitToolOutputsAndPoll(client, 'thread_1', 'run_1', {
      tool_outputs: [{ tool_call_id: 'c1', output: 'sunny' }],
    });
    expect(run.status).toBe('completed');
    expect(server.requests[0]?.json()).toEqual({ tool_outputs: [{ tool_call_id: 'c1', output: 'sunny' }] });
  });

  it('rejects a run that failed as soon as it was created, without polling', async () => {
    server.on('POST', '/threads/{thread_id}/runs', { json: fakeRun('failed') });
    await expect(createRunAndPoll(client, 'thread_1', { assistant_id: 'asst_1' })).rejects.toBeInstanceOf(
      RunFailedError,
    );
    expect(server.requests).toHaveLength(1);
  });
});
