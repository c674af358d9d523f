import { APIUserAbortError, type Client, createClient, JobTimeoutError } from '@org/core';
import type { ReplySpec } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEvalRunAndPoll } from './create-eval-run-and-poll.js';
import { EvalRunFailedError } from './eval-run-failed-error.js';
import type { EvalRun } from './generated/types.js';
import { fakeRun } from './test-support/evals-api.js';
import { waitForEvalRun } from './wait-for-eval-run.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const status = (value: string, pollAfterMs?: number, fields?: Partial<EvalRun>): ReplySpec => ({
  json: fakeRun(value, fields),
  headers: pollAfterMs === undefined ? {} : { 'openai-poll-after-ms': String(pollAfterMs) },
});
const counts = (passed: number, failed: number) => ({
  result_counts: { total: passed + failed, errored: 0, failed, passed },
});

describe('waitForEvalRun', () => {
  it('checks as often as the server asks, showing onProgress the counts so far, until the run completes', async () => {
    server.on(
      'GET',
      '/evals/{eval_id}/runs/{run_id}',
      status('queued', 10),
      status('in_progress', 10, counts(1, 1)),
      status('completed', undefined, counts(3, 1)),
    );
    const started = Date.now();
    const progress: string[] = [];
    const run = await waitForEvalRun(client, 'eval_1', 'evalrun_1', {
      pollIntervalMs: 60_000,
      headers: { 'x-run': 'r' },
      onProgress: (run) => {
        progress.push(`${run.status} ${run.result_counts.passed}/${run.result_counts.total}`);
      },
    });
    expect(run.status).toBe('completed');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(progress).toEqual(['queued 0/0', 'in_progress 1/2', 'completed 3/4']);
    expect(server.requests.map((request) => [request.routePath, request.headers['x-run']])).toEqual([
      ['/evals/eval_1/runs/evalrun_1', 'r'],
      ['/evals/eval_1/runs/evalrun_1', 'r'],
      ['/evals/eval_1/runs/evalrun_1', 'r'],
    ]);
  });

  it.each(['failed', 'canceled'])('rejects a run that ended %s with EvalRunFailedError', async (end) => {
    const error = { code: 'invalid_data_source', message: 'The file has no rows.' };
    server.on('GET', '/evals/{eval_id}/runs/{run_id}', status('in_progress', 5), status(end, undefined, { error }));
    const caught = await waitForEvalRun(client, 'eval_1', 'evalrun_1').catch((caught: unknown) => caught);
    expect(caught).toBeInstanceOf(EvalRunFailedError);
    expect(caught).toMatchObject({ status: end, what: 'eval run evalrun_1', run: { status: end } });
    expect((caught as Error).message).toBe(
      `The eval run evalrun_1 ended ${end}: invalid_data_source: The file has no rows.`,
    );
  });

  it('gives up with JobTimeoutError after pollTimeoutMs, the run as last seen', async () => {
    server.on('GET', '/evals/{eval_id}/runs/{run_id}', status('in_progress', 40));
    const error = await waitForEvalRun(client, 'eval_1', 'evalrun_1', { pollTimeoutMs: 100 }).catch((e) => e);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ what: 'eval run evalrun_1', timeoutMs: 100, job: { status: 'in_progress' } });
  });

  it('stops at once with APIUserAbortError when the signal aborts, sending nothing more', async () => {
    server.on('GET', '/evals/{eval_id}/runs/{run_id}', status('in_progress', 60_000));
    const controller = new AbortController();
    const waiting = waitForEvalRun(client, 'eval_1', 'evalrun_1', { signal: controller.signal }).catch((e) => e);
    await server.waitForRequests(1);
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('createEvalRunAndPoll', () => {
  it('creates the run, tells onCreated, then waits for it', async () => {
    server.on('POST', '/evals/{eval_id}/runs', { json: fakeRun('queued') });
    server.on('GET', '/evals/{eval_id}/runs/{run_id}', status('in_progress', 5), status('completed'));
    const created: string[] = [];
    const body = {
      name: 'capitals',
      data_source: { type: 'jsonl' as const, source: { type: 'file_id' as const, id: 'file-data' } },
    };
    const run = await createEvalRunAndPoll(client, 'eval_1', body, {
      idempotencyKey: 'run-1',
      onCreated: (run) => {
        created.push(run.id);
      },
    });
    expect(run.status).toBe('completed');
    expect(created).toEqual(['evalrun_1']);
    expect(server.requests.map((request) => `${request.method} ${request.routePath}`)).toEqual([
      'POST /evals/eval_1/runs',
      'GET /evals/eval_1/runs/evalrun_1',
      'GET /evals/eval_1/runs/evalrun_1',
    ]);
    expect(server.requests[0]?.headers['idempotency-key']).toBe('run-1');
    expect(server.requests[0]?.json()).toEqual(body);
  });
});
