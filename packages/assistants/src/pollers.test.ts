import { APIUserAbortError, type Client, createClient, JobTimeoutError, type WaitOptions } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRunAndPoll } from './create-run-and-poll.js';
import { createThreadAndRunAndPoll } from './create-thread-and-run-and-poll.js';
import type { RunObject } from './generated/types.js';
import { pollRun } from './poll-run.js';
import { runAssistantTools } from './run-assistant-tools.js';
import { submitToolOutputsAndPoll } from './submit-tool-outputs-and-poll.js';
import { fakeRun } from './test-support/fixtures.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
  // Each poller starts the run (or finds it), which then runs on until the checks say otherwise.
  server.on('POST', '/threads/runs', { json: fakeRun('queued') });
  server.on('POST', '/threads/{thread_id}/runs', { json: fakeRun('queued') });
  server.on('POST', '/threads/{thread_id}/runs/{run_id}/submit_tool_outputs', { json: fakeRun('queued') });
});

const pollers: [string, (options: WaitOptions) => Promise<RunObject>][] = [
  ['pollRun', (options) => pollRun(client, 'thread_1', 'run_1', options)],
  ['createRunAndPoll', (options) => createRunAndPoll(client, 'thread_1', { assistant_id: 'asst_1' }, options)],
  ['createThreadAndRunAndPoll', (options) => createThreadAndRunAndPoll(client, { assistant_id: 'asst_1' }, options)],
  [
    'submitToolOutputsAndPoll',
    (options) => submitToolOutputsAndPoll(client, 'thread_1', 'run_1', { tool_outputs: [] }, options),
  ],
  [
    'runAssistantTools',
    async (options) =>
      (await runAssistantTools(client, 'thread_1', { assistant_id: 'asst_1', tools: [] }, options).result()).run,
  ],
];

const checks = () => server.requests.filter((request) => request.method === 'GET');

describe.each(pollers)('%s', (_, poller) => {
  it('checks as often as the server asks (openai-poll-after-ms), not the interval', async () => {
    const later = { json: fakeRun('in_progress'), headers: { 'openai-poll-after-ms': '10' } };
    server.on('GET', '/threads/{thread_id}/runs/{run_id}', later, later, { json: fakeRun('completed') });
    const started = Date.now();
    expect((await poller({ pollIntervalMs: 60_000 })).status).toBe('completed');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(checks()).toHaveLength(3);
  });

  it('gives up with JobTimeoutError after pollTimeoutMs', async () => {
    server.on('GET', '/threads/{thread_id}/runs/{run_id}', {
      json: fakeRun('in_progress'),
      headers: { 'openai-poll-after-ms': '40' },
    });
    const error = await poller({ pollTimeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ what: 'run run_1', job: { id: 'run_1', status: 'in_progress' } });
  });

  it('stops at once with APIUserAbortError when the signal aborts', async () => {
    server.on('GET', '/threads/{thread_id}/runs/{run_id}', {
      json: fakeRun('in_progress'),
      headers: { 'openai-poll-after-ms': '60000' },
    });
    const controller = new AbortController();
    const waiting = poller({ signal: controller.signal }).catch((caught: unknown) => caught);
    while (checks().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
  });
});
