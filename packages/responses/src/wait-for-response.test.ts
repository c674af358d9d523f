import { APIUserAbortError, type Client, createClient, JobFailedError, JobTimeoutError } from '@org/core';
import type { ReplySpec } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { createResponseAndPoll } from './create-response-and-poll.js';
import type { Response } from './generated/types.js';
import { ResponseFailedError } from './response-failed-error.js';
import { fakeResponse, outputMessage, sentBody } from './test-support/fixtures.js';
import { waitForResponse } from './wait-for-response.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const reply = (fields: Partial<Response>, pollAfterMs = 10): ReplySpec => ({
  json: fakeResponse({ background: true, ...fields }),
  headers: { 'openai-poll-after-ms': String(pollAfterMs) },
});
const queued = reply({ status: 'queued' });
const running = reply({ status: 'in_progress' });
const completed = reply({ status: 'completed', output: [outputMessage('Done.')] });

describe('waitForResponse', () => {
  it('checks as often as the server asks (openai-poll-after-ms) and resolves to the response with its text', async () => {
    server.on('GET', '/responses/{id}', queued, running, completed);
    const started = Date.now();
    const response = await waitForResponse(client, 'resp_1', { pollIntervalMs: 60_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response).toMatchObject({ id: 'resp_1', status: 'completed', output_text: 'Done.' });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(
      Array(3).fill('GET /v1/responses/resp_1'),
    );
  });

  it('resolves to an incomplete response, which is over', async () => {
    const incomplete_details = { reason: 'max_output_tokens' as const };
    server.on('GET', '/responses/{id}', running, reply({ status: 'incomplete', incomplete_details }));
    await expect(waitForResponse(client, 'resp_1')).resolves.toMatchObject({
      status: 'incomplete',
      incomplete_details,
    });
  });

  it('rejects a failed response with ResponseFailedError and a cancelled one with JobFailedError', async () => {
    const error = { code: 'server_error' as const, message: 'The model crashed.' };
    server.on('GET', '/responses/{id}', running, reply({ status: 'failed', error }));
    const failed = await waitForResponse(client, 'resp_1').catch((caught: unknown) => caught);
    expect(failed).toBeInstanceOf(ResponseFailedError);
    expect(failed).toMatchObject({ code: 'server_error', message: 'The response failed: The model crashed.' });

    server.reset();
    server.on('GET', '/responses/{id}', reply({ status: 'cancelled' }));
    const cancelled = await waitForResponse(client, 'resp_1').catch((caught: unknown) => caught);
    expect(cancelled).toBeInstanceOf(JobFailedError);
    expect(cancelled).toMatchObject({ what: 'response resp_1', status: 'cancelled', job: { status: 'cancelled' } });
  });

  it('gives up with JobTimeoutError after pollTimeoutMs, the response as last seen', async () => {
    server.on('GET', '/responses/{id}', reply({ status: 'in_progress' }, 40));
    const error = await waitForResponse(client, 'resp_1', { pollTimeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ what: 'response resp_1', job: { status: 'in_progress' } });
  });

  it('stops with APIUserAbortError when its signal aborts, sending nothing more', async () => {
    server.on('GET', '/responses/{id}', reply({ status: 'in_progress' }, 60_000));
    const controller = new AbortController();
    const waiting = waitForResponse(client, 'resp_1', { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('createResponseAndPoll', () => {
  it('creates the response in the background, then waits for it', async () => {
    server.on('POST', '/responses', queued);
    server.on('GET', '/responses/{id}', running, completed);
    const response = await createResponseAndPoll(client, { model: 'gpt-4o-mini', input: 'Hi' });
    expect(response.output_text).toBe('Done.');
    expect(sentBody(server.requests[0])).toEqual({ model: 'gpt-4o-mini', input: 'Hi', background: true });
    expect(server.requests.map((request) => request.method)).toEqual(['POST', 'GET', 'GET']);
  });

  it('settles a response already over when created without another request', async () => {
    server.on('POST', '/responses', reply({ status: 'failed', error: { code: 'server_error', message: 'No.' } }));
    await expect(createResponseAndPoll(client, { model: 'gpt-4o-mini', input: 'Hi' })).rejects.toBeInstanceOf(
      ResponseFailedError,
    );
    expect(server.requests).toHaveLength(1);
  });
});
