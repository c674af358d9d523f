import type { WaitOptions } from '@org/core';
import { APIUserAbortError, type Client, JobFailedError, JobTimeoutError, toFile } from '@org/core';
import type { ReplySpec, TestServer } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createVectorStoreAndPoll } from './create-vector-store-and-poll.js';
import { createVectorStoreFileAndPoll } from './create-vector-store-file-and-poll.js';
import { createVectorStoreFileBatchAndPoll } from './create-vector-store-file-batch-and-poll.js';
import { pollVectorStoreFile } from './poll-vector-store-file.js';
import { pollVectorStoreFileBatch } from './poll-vector-store-file-batch.js';
import { testClient } from './test-support/uploads-api.js';
import { uploadVectorStoreFileAndPoll } from './upload-vector-store-file-and-poll.js';
import { uploadVectorStoreFileBatchAndPoll } from './upload-vector-store-file-batch-and-poll.js';
import { waitForFileProcessing } from './wait-for-file-processing.js';

const server = useTestServer();

interface Helper {
  name: string;
  /** The route each check reads. */
  checked: string;
  job: (status: string) => Record<string, unknown>;
  pending: string;
  done: string;
  failed: string;
  /** Scripts the requests that come before the checks. */
  before?: (server: TestServer) => void;
  wait: (client: Client, options: WaitOptions) => Promise<unknown>;
}

const fileCounts = { in_progress: 0, completed: 1, failed: 0, cancelled: 0, total: 1 };
const vectorStoreFile = (status: string) => ({
  id: 'file-1',
  object: 'vector_store.file',
  vector_store_id: 'vs_1',
  status,
  last_error: null,
});
const fileBatch = (status: string) => ({
  id: 'vsfb_1',
  object: 'vector_store.files_batch',
  vector_store_id: 'vs_1',
  status,
  file_counts: fileCounts,
});
const uploadedFile = { json: { id: 'file-1', object: 'file', status: 'uploaded' } };

const vectorStoreFileChecks = {
  checked: '/vector_stores/vs_1/files/file-1',
  job: vectorStoreFile,
  pending: 'in_progress',
  done: 'completed',
  failed: 'failed',
};
const fileBatchChecks = {
  ...vectorStoreFileChecks,
  checked: '/vector_stores/vs_1/file_batches/vsfb_1',
  job: fileBatch,
};

const helpers: Helper[] = [
  {
    name: 'waitForFileProcessing',
    checked: '/files/file-1',
    job: (status) => ({ id: 'file-1', object: 'file', status }),
    pending: 'uploaded',
    done: 'processed',
    failed: 'error',
    wait: (client, options) => waitForFileProcessing(client, 'file-1', options),
  },
  {
    name: 'pollVectorStoreFile',
    ...vectorStoreFileChecks,
    wait: (client, options) => pollVectorStoreFile(client, 'vs_1', 'file-1', options),
  },
  {
    name: 'pollVectorStoreFileBatch',
    ...fileBatchChecks,
    failed: 'cancelled',
    wait: (client, options) => pollVectorStoreFileBatch(client, 'vs_1', 'vsfb_1', options),
  },
  {
    name: 'createVectorStoreAndPoll',
    checked: '/vector_stores/vs_1',
    job: (status) => ({ id: 'vs_1', object: 'vector_store', status, file_counts: fileCounts }),
    pending: 'in_progress',
    done: 'completed',
    failed: 'expired',
    before: (server) => server.on('POST', '/vector_stores', { json: { id: 'vs_1', status: 'in_progress' } }),
    wait: (client, options) => createVectorStoreAndPoll(client, { name: 'docs', file_ids: ['file-1'] }, options),
  },
  {
    name: 'createVectorStoreFileAndPoll',
    ...vectorStoreFileChecks,
    before: (server) => server.on('POST', '/vector_stores/vs_1/files', { json: vectorStoreFile('in_progress') }),
    wait: (client, options) => createVectorStoreFileAndPoll(client, 'vs_1', { file_id: 'file-1' }, options),
  },
  {
    name: 'createVectorStoreFileBatchAndPoll',
    ...fileBatchChecks,
    before: (server) => server.on('POST', '/vector_stores/vs_1/file_batches', { json: fileBatch('in_progress') }),
    wait: (client, options) => createVectorStoreFileBatchAndPoll(client, 'vs_1', { file_ids: ['file-1'] }, options),
  },
  {
    name: 'uploadVectorStoreFileAndPoll',
    ...vectorStoreFileChecks,
    before: (server) => {
      server.on('POST', '/files', uploadedFile);
      server.on('POST', '/vector_stores/vs_1/files', { json: vectorStoreFile('in_progress') });
    },
    wait: (client, options) =>
      uploadVectorStoreFileAndPoll(client, 'vs_1', { file: toFile(new Uint8Array([1]), 'a.txt') }, options),
  },
  {
    name: 'uploadVectorStoreFileBatchAndPoll',
    ...fileBatchChecks,
    failed: 'cancelled',
    before: (server) => {
      server.on('POST', '/files', uploadedFile);
      server.on('POST', '/vector_stores/vs_1/file_batches', { json: fileBatch('in_progress') });
    },
    wait: (client, options) =>
      uploadVectorStoreFileBatchAndPoll(client, 'vs_1', { files: [toFile(new Uint8Array([1]), 'a.txt')] }, options),
  },
];

const checks = () => server.requests.filter((request) => request.method === 'GET');

describe.each(helpers)('$name', (helper) => {
  const reply = (status: string, pollAfterMs?: number): ReplySpec => ({
    json: helper.job(status),
    headers: pollAfterMs === undefined ? {} : { 'openai-poll-after-ms': String(pollAfterMs) },
  });
  const script = (...replies: ReplySpec[]) => {
    helper.before?.(server);
    server.on('GET', helper.checked, ...replies);
  };

  it('waits as long as the server asks (openai-poll-after-ms), not the interval', async () => {
    script(reply(helper.pending, 10), reply(helper.pending, 10), reply(helper.done));
    const started = Date.now();
    const done = await helper.wait(testClient(server), { pollIntervalMs: 60_000 });
    expect(JSON.stringify(done)).toContain(`"status":"${helper.done}"`);
    expect(checks()).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('waits pollIntervalMs when the server does not say', async () => {
    script(reply(helper.pending), reply(helper.done));
    const started = Date.now();
    await helper.wait(testClient(server), { pollIntervalMs: 150 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(checks()).toHaveLength(2);
  });

  it('rejects a job that ends badly with JobFailedError carrying its last state', async () => {
    script(reply(helper.pending, 5), reply(helper.failed));
    const error = await helper.wait(testClient(server), {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ status: helper.failed, job: { status: helper.failed } });
  });

  it('gives up with JobTimeoutError after pollTimeoutMs', async () => {
    script(reply(helper.pending, 40));
    const error = await helper.wait(testClient(server), { pollTimeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100, job: { status: helper.pending } });
  });

  it('stops at once on abort, and sends the checks the request options', async () => {
    script(reply(helper.pending, 60_000));
    const controller = new AbortController();
    const waiting = helper
      .wait(testClient(server), { signal: controller.signal, headers: { 'x-trace': 't1' }, idempotencyKey: 'k1' })
      .catch((caught: unknown) => caught);
    while (checks().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
    expect(checks()).toHaveLength(1);
    expect(checks()[0]?.headers['x-trace']).toBe('t1');
    const posts = server.requests.filter((request) => request.method === 'POST');
    expect(new Set(posts.map((request) => request.headers['idempotency-key'])).size).toBe(posts.length);
  });
});
