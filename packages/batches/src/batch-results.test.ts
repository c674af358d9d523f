import { APIUserAbortError, type Client, createClient, InvalidInputError, NotFoundError, StreamError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { BatchResult } from './batch-result.js';
import { readBatchResults } from './batch-results.js';
import type { CreateEmbeddingResponse } from './generated/types.js';
import { fakeBatch, replyLine } from './test-support/batch-api.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const embedding = (n: number) => ({
  object: 'list',
  model: 'text-embedding-3-small',
  data: [{ object: 'embedding', index: 0, embedding: [n, n] }],
  usage: { prompt_tokens: 1, total_tokens: 1 },
});
const lines = (count: number) =>
  Array.from({ length: count }, (_, n) => `${JSON.stringify(replyLine(`r${n}`, 200, embedding(n)))}\n`).join('');

describe('readBatchResults', () => {
  it('reads a batch given by id, its output file line by line, typed by the endpoint given', async () => {
    server.on('GET', '/batches/{id}', { json: fakeBatch('completed', { output_file_id: 'file-out' }) });
    server.on('GET', '/files/{id}/content', { body: lines(200), chunkSize: 1_000 });
    const results = readBatchResults<'/v1/embeddings'>(client, 'batch_1');
    let count = 0;
    for await (const result of results) {
      expectTypeOf(result).toEqualTypeOf<BatchResult<'/v1/embeddings'>>();
      if (result.status !== 'succeeded') throw new Error('expected a success');
      expectTypeOf(result.body).toEqualTypeOf<CreateEmbeddingResponse>();
      expect(result.body.data[0]?.embedding).toEqual([count, count]);
      count++;
    }
    expect(count).toBe(200);
    expect(server.requests.map((request) => request.path)).toEqual([
      '/v1/batches/batch_1',
      '/v1/files/file-out/content',
    ]);
    expect(results.meta?.status).toBe(200);
  });

  it('frees the download when the reader leaves early, and the counts then reject', async () => {
    server.on('GET', '/files/{id}/content', { body: lines(2_000), chunkSize: 4_096, chunkDelayMs: 5 });
    const results = readBatchResults(client, fakeBatch('completed', { output_file_id: 'file-out' }));
    for await (const result of results) if (result.customId === 'r2') break;
    await server.waitForRequestClosed();
    expect(server.requests[0]?.aborted).toBe(true);
    await expect(results.counts()).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('counts without being iterated, reading every file itself', async () => {
    server.on('GET', '/files/file-out/content', { body: lines(3) });
    server.on('GET', '/files/file-err/content', {
      body: `${JSON.stringify(replyLine('r9', 500, { error: { message: 'Boom.', type: 'server_error' } }))}\n`,
    });
    const batch = fakeBatch('completed', { output_file_id: 'file-out', error_file_id: 'file-err' });
    expect(await readBatchResults(client, batch).counts()).toEqual({ succeeded: 3, failed: 1, missing: 0 });
  });

  it('refuses a batch that is still running: its files are not written yet', async () => {
    const results = readBatchResults(client, fakeBatch('in_progress'));
    const error = await results.counts().catch((caught) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toBe(
      'Invalid `batch`: batch_1 is in_progress: its results are written once it completes, expires or is cancelled',
    );
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['a line that is not JSON', '{"custom_id":"a","response":null,"error":null}\n{oops\n', StreamError],
    ['a line that is not a batch result', '{"id":"x"}\n', StreamError],
  ])('raises a StreamError for %s', async (_, body, type) => {
    server.on('GET', '/files/{id}/content', { body });
    const results = readBatchResults(client, fakeBatch('completed', { output_file_id: 'file-out' }));
    await expect(results.counts()).rejects.toBeInstanceOf(type);
  });

  it('raises the API error of a download that fails', async () => {
    server.on('GET', '/files/{id}/content', { status: 404, json: { error: { message: 'No such file.' } } });
    const results = readBatchResults(client, fakeBatch('expired', { error_file_id: 'file-gone' }));
    await expect(results.done()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('stops at once when aborted mid-download', async () => {
    // One line, then nothing: the lines are of the same length.
    const chunkSize = lines(1).length;
    server.on('GET', '/files/{id}/content', {
      body: lines(10),
      chunkSize,
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    const results = readBatchResults(client, fakeBatch('completed', { output_file_id: 'file-out' }));
    const iterator = results[Symbol.asyncIterator]();
    await iterator.next();
    const pending = iterator.next();
    results.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });
});
