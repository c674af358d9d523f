import { type Client, createClient, isErrorKind, JobFailedError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { BatchEndpoint } from './batch-endpoint.js';
import { BatchFailedError } from './batch-failed-error.js';
import { BatchInputError } from './batch-input-error.js';
import type { BatchRequest } from './batch-request.js';
import type { BatchResult } from './batch-result.js';
import { readBatchResults } from './batch-results.js';
import { createBatchJob } from './create-batch-job.js';
import type { CreateChatCompletionResponse } from './generated/types.js';
import { runBatch } from './run-batch.js';
import { completion, errorLine, replyLine, scriptBatchApi } from './test-support/batch-api.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const question = (id: string, content: string): BatchRequest<'/v1/chat/completions'> => ({
  custom_id: id,
  body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content }] },
});
const requests = [question('paris', 'Capital of France?'), question('rome', 'Of Italy?'), question('oslo', 'Norway?')];

async function collect<E extends BatchEndpoint>(results: AsyncIterable<BatchResult<E>>): Promise<BatchResult<E>[]> {
  const all: BatchResult<E>[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('runBatch', () => {
  it('goes from typed requests to typed results joined by custom id, failed lines included', async () => {
    scriptBatchApi(server, {
      statuses: ['validating', 'in_progress', 'finalizing', 'completed'],
      output: [replyLine('rome', 200, completion('Rome')), replyLine('paris', 200, completion('Paris'))],
      errors: [replyLine('oslo', 400, { error: { code: 'context_length_exceeded', message: 'Too long.' } })],
    });
    const created: string[] = [];
    const { batch, results } = await runBatch(
      client,
      { endpoint: '/v1/chat/completions', requests, metadata: { job: 'capitals' } },
      { pollIntervalMs: 60_000, onCreated: (batch) => void created.push(`${batch.id} ${batch.status}`) },
    );
    expect(batch.status).toBe('completed');
    expect(created).toEqual(['batch_1 validating']);

    const [upload, create] = server.requests;
    expect(upload?.parts?.map((part) => [part.name, part.filename ?? part.text()])).toEqual([
      ['purpose', 'batch'],
      ['file', 'batch-input.jsonl'],
    ]);
    const lines = upload?.parts?.[1]
      ?.text()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines?.map((line) => [line.custom_id, line.url])).toEqual([
      ['paris', '/v1/chat/completions'],
      ['rome', '/v1/chat/completions'],
      ['oslo', '/v1/chat/completions'],
    ]);
    expect(create?.json()).toEqual({
      input_file_id: 'file-in',
      endpoint: '/v1/chat/completions',
      completion_window: '24h',
      metadata: { job: 'capitals' },
    });

    const all = await collect(results);
    expect(all.map((result) => [result.status, result.customId, result.request?.body.messages[0]?.content])).toEqual([
      ['succeeded', 'rome', 'Of Italy?'],
      ['succeeded', 'paris', 'Capital of France?'],
      ['failed', 'oslo', 'Norway?'],
    ]);
    const [rome, , oslo] = all;
    if (rome?.status !== 'succeeded') throw new Error('expected a success');
    expectTypeOf(rome.body).toEqualTypeOf<CreateChatCompletionResponse>();
    expect(rome.body.choices[0]?.message.content).toBe('Rome');
    expect(rome).toMatchObject({ statusCode: 200, requestId: 'req_rome' });
    expect(oslo).toMatchObject({
      status: 'failed',
      statusCode: 400,
      requestId: 'req_oslo',
      error: { code: 'context_length_exceeded', message: 'Too long.' },
    });
    expect(await results.counts()).toEqual({ succeeded: 2, failed: 1, missing: 0 });
  });

  it.each([
    ['a custom id used twice', { endpoint: '/v1/chat/completions', requests: [...requests, requests[0]] }, {}],
    ['more lines than allowed', { endpoint: '/v1/chat/completions', requests }, { maxRequests: 2 }],
    ['an endpoint a batch cannot call', { endpoint: '/v1/audio/speech', requests }, {}],
  ])('refuses %s before sending anything', async (_, body, limits) => {
    scriptBatchApi(server, { statuses: ['completed'] });
    for (const start of [
      () => runBatch(client, body as never, limits),
      () => createBatchJob(client, body as never, limits),
    ]) {
      await expect(start()).rejects.toBeInstanceOf(BatchInputError);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('gives an expired batch’s partial results: what ran, what expired, and what never started', async () => {
    scriptBatchApi(server, {
      statuses: ['in_progress', 'expired'],
      output: [replyLine('paris', 200, completion('Paris'))],
      errors: [errorLine('rome', 'batch_expired', 'This request could not be executed before the batch expired.')],
    });
    const error = await runBatch(client, { endpoint: '/v1/chat/completions', requests }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BatchFailedError);
    expect(error).toBeInstanceOf(JobFailedError);
    if (!isErrorKind(error, 'BatchFailedError')) throw new Error('expected a BatchFailedError');
    expect(error.status).toBe('expired');
    expect(error.batch).toBe(error.job);
    expect(error.message).toContain('ended expired; the results it has are in error.batch (readBatchResults)');

    const partial = readBatchResults(client, error.batch, { requests });
    expect((await collect(partial)).map(({ status, customId }) => [status, customId])).toEqual([
      ['succeeded', 'paris'],
      ['failed', 'rome'],
      ['missing', 'oslo'],
    ]);
    expect(await partial.counts()).toEqual({ succeeded: 1, failed: 1, missing: 1 });
  });

  it('rejects a batch that failed validation with its first error', async () => {
    scriptBatchApi(server, {
      statuses: ['validating', 'failed'],
      final: {
        errors: {
          object: 'list',
          data: [
            { code: 'invalid_model', message: 'Model gpt-x does not exist.', line: 2, param: 'body.model' },
            { code: 'invalid_model', message: 'Model gpt-x does not exist.', line: 3, param: 'body.model' },
          ],
        },
      },
    });
    const error = await runBatch(client, { endpoint: '/v1/chat/completions', requests }).catch((caught) => caught);
    expect(error).toBeInstanceOf(BatchFailedError);
    expect(error.message).toBe(
      'The batch batch_1 ended failed: line 2: Model gpt-x does not exist. (and 1 more errors)',
    );
  });

  it('gives the upload and the creation each an idempotency key of its own', async () => {
    scriptBatchApi(server, { statuses: ['completed'] });
    await createBatchJob(client, { endpoint: '/v1/chat/completions', requests }, { idempotencyKey: 'nightly-7' });
    expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      'nightly-7:upload',
      'nightly-7:create',
    ]);
  });
});
