import { getEventListeners } from 'node:events';
import {
  APIConnectionError,
  APIUserAbortError,
  AuthenticationError,
  createClient,
  StreamError,
  StreamTruncatedError,
} from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { ResponseStreamEvent } from './generated/types.js';
import { ResponseFailedError, responseStream } from './index.js';
import { fakeResponse, numbered, outputMessage, sseReply, textEvents } from './test-support/fixtures.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const body = { model: 'gpt-4o-mini', input: 'Say hi' };

describe('responseStream', () => {
  it('is returned at once, and a refused request surfaces through the loop, finalResponse() and done()', async () => {
    server.on('POST', '/responses', { status: 401, json: { error: { message: 'bad key' } } });
    const stream = responseStream(client(), body);
    expect('then' in stream).toBe(false);
    await expect(stream.done()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(1);
  });

  it('yields the typed events, grows outputText and resolves the completed response', async () => {
    server.on('POST', '/responses', sseReply(textEvents(['Hel', 'lo', '!'])));
    const stream = responseStream(client(), body);
    const deltas: string[] = [];
    const texts: string[] = [];
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') {
        deltas.push(event.delta);
        texts.push(stream.outputText);
      }
    }
    expect(deltas).toEqual(['Hel', 'lo', '!']);
    expect(texts).toEqual(['Hel', 'Hello', 'Hello!']);
    const response = await stream.finalResponse();
    expect(response.status).toBe('completed');
    expect(response.output).toEqual([outputMessage('Hello!')]);
    expect(stream.outputText).toBe('Hello!');
    expect(stream.responseId).toBe('resp_1');
    expect(stream.lastSequenceNumber).toBe(10);
    expect(server.lastRequest()?.json()).toMatchObject({ ...body, stream: true });
  });

  it('delivers the events, then rejects with StreamTruncatedError, when no terminal event comes', async () => {
    const events = textEvents(['a', 'b']).filter((event) => event.type !== 'response.completed');
    server.on('POST', '/responses', sseReply(events));
    const stream = responseStream(client(), body);
    const types: string[] = [];
    const error = await (async () => {
      for await (const event of stream) types.push(event.type);
    })().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect(types).toEqual(events.map((event) => event.type));
    await expect(stream.finalResponse()).rejects.toBe(error);
    expect(stream.outputText).toBe('ab');
  });

  it('rejects with StreamTruncatedError from a lenient client too: a response needs its terminal event', async () => {
    const events = textEvents(['a', 'b']).filter((event) => event.type !== 'response.completed');
    server.on('POST', '/responses', sseReply(events));
    const lenient = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, lenientStreamEnd: true });
    const error = await responseStream(lenient, body)
      .finalResponse()
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect((error as Error).message).toMatch(/before response\.completed/);
  });

  it('assembles function call arguments and refusals from their deltas', async () => {
    const started = fakeResponse({ status: 'in_progress' });
    const call = { type: 'function_call' as const, id: 'fc_1', call_id: 'call_1', name: 'f', arguments: '' };
    const refusal = { item_id: 'msg_1', output_index: 1, content_index: 0 };
    const events = numbered([
      { type: 'response.created', response: started },
      { type: 'response.output_item.added', output_index: 0, item: call },
      { type: 'response.function_call_arguments.delta', item_id: 'fc_1', output_index: 0, delta: '{"a":' },
      { type: 'response.function_call_arguments.delta', item_id: 'fc_1', output_index: 0, delta: '1}' },
      { type: 'response.output_item.added', output_index: 1, item: { ...outputMessage(''), content: [] } },
      { type: 'response.content_part.added', ...refusal, part: { type: 'refusal', refusal: '' } },
      { type: 'response.refusal.delta', ...refusal, delta: 'No, ' },
      { type: 'response.refusal.delta', ...refusal, delta: 'sorry.' },
      // A completed response that leaves its output out: the one assembled from the events stands in.
      { type: 'response.completed', response: { ...started, status: 'completed', output: undefined as never } },
    ]);
    server.on('POST', '/responses', sseReply(events));
    const response = await responseStream(client(), body).finalResponse();
    expect(response.output[0]).toMatchObject({ type: 'function_call', arguments: '{"a":1}' });
    expect(response.output[1]).toMatchObject({ content: [{ type: 'refusal', refusal: 'No, sorry.' }] });
    expect(events[1]).toMatchObject({ item: { arguments: '' } });
  });

  it('reads the stream itself when finalResponse() is awaited without iterating', async () => {
    server.on('POST', '/responses', sseReply(textEvents(['one ', 'two'])));
    const stream = responseStream(client(), body);
    expect((await stream.finalResponse()).output).toEqual([outputMessage('one two')]);
    await expect(stream.finalResponse()).resolves.toMatchObject({ id: 'resp_1' });
  });

  it('lets finalResponse() be taken long before the loop starts: holding the promise reads nothing', async () => {
    server.on('POST', '/responses', sseReply(textEvents(['one ', 'two'])));
    const stream = responseStream(client(), body);
    const final = stream.finalResponse();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    expect(types).toContain('response.completed');
    expect((await final).output_text).toBe('one two');
  });

  it('delivers an `event: error`, then raises it as a StreamError', async () => {
    const error = { type: 'error', code: 'server_error', message: 'The model broke.', param: null, sequence_number: 2 };
    server.on('POST', '/responses', {
      sse: [...sseReply(textEvents(['x']).slice(0, 2)).sse!, { event: 'error', data: error }],
    });
    const stream = responseStream(client(), body);
    const seen: ResponseStreamEvent[] = [];
    const caught = await (async () => {
      for await (const event of stream) seen.push(event);
    })().catch((thrown: unknown) => thrown);
    expect(caught).toBeInstanceOf(StreamError);
    expect(caught).toMatchObject({ message: 'The model broke.', code: 'server_error' });
    expect(seen.at(-1)).toEqual(error);
    await expect(stream.finalResponse()).rejects.toBe(caught);
  });

  it('delivers `response.failed`, then raises ResponseFailedError with the response error', async () => {
    const failed = fakeResponse({ status: 'failed', error: { code: 'rate_limit_exceeded', message: 'Slow down.' } });
    const events = [
      ...textEvents(['x']).slice(0, 2),
      { type: 'response.failed' as const, response: failed, sequence_number: 2 },
    ];
    server.on('POST', '/responses', sseReply(events));
    const stream = responseStream(client(), body);
    const types: string[] = [];
    const caught = await (async () => {
      for await (const event of stream) types.push(event.type);
    })().catch((thrown: unknown) => thrown);
    expect(types).toEqual(['response.created', 'response.in_progress', 'response.failed']);
    expect(caught).toBeInstanceOf(ResponseFailedError);
    expect(caught).toMatchObject({ code: 'rate_limit_exceeded', error: failed.error, response: failed });
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(ResponseFailedError);
  });

  it('keeps the failure as the final response when the consumer leaves the loop on the failing event', async () => {
    const failed = fakeResponse({ status: 'failed', error: { code: 'server_error', message: 'Broke.' } });
    const error = { type: 'error', code: 'server_error', message: 'The model broke.', param: null, sequence_number: 2 };
    server.on(
      'POST',
      '/responses',
      sseReply([
        ...textEvents(['x']).slice(0, 2),
        { type: 'response.failed' as const, response: failed, sequence_number: 2 },
      ]),
      { sse: [...sseReply(textEvents(['x']).slice(0, 2)).sse!, { event: 'error', data: error }] },
    );
    for (const [failingType, ErrorClass] of [
      ['response.failed', ResponseFailedError],
      ['error', StreamError],
    ] as const) {
      const stream = responseStream(client(), body);
      for await (const event of stream) if (event.type === failingType) break;
      await expect(stream.finalResponse()).rejects.toBeInstanceOf(ErrorClass);
    }
  });

  it.each([
    ['two events swapped', [0, 1, 2, 3, 5, 4, 6, 7, 8, 9, 10]],
    ['numbering restarted midway', [0, 1, 2, 0, 1, 2, 3, 4, 5, 6, 7]],
    ['every event numbered 0', Array.from({ length: 11 }, () => 0)],
  ])('delivers every event of one connection, whatever their numbers say (%s)', async (_, numbers) => {
    const events = textEvents(['Hel', 'lo', '!']).map((event, index) => ({
      ...event,
      sequence_number: numbers[index],
    }));
    expect(events).toHaveLength(numbers.length);
    server.on('POST', '/responses', sseReply(events as ResponseStreamEvent[]));
    const stream = responseStream(client(), body);
    const delivered: ResponseStreamEvent[] = [];
    for await (const event of stream) delivered.push(event);
    expect(delivered).toHaveLength(events.length);
    expect((await stream.finalResponse()).output_text).toBe('Hello!');
  });

  it.each([
    ['no output', { output: undefined }],
    ['a null output', { output: null }],
  ])('tolerates lifecycle snapshots with %s, as compatible servers send them', async (_, fields) => {
    const events = textEvents(['Hel', 'lo']).map((event) =>
      'response' in event ? { ...event, response: { ...event.response, ...fields } } : event,
    );
    server.on('POST', '/responses', sseReply(events as ResponseStreamEvent[]));
    const stream = responseStream(client(), body);
    const delivered: string[] = [];
    for await (const event of stream) delivered.push(event.type);
    expect(delivered).toHaveLength(events.length);
    const response = await stream.finalResponse();
    expect(response.output).toEqual([outputMessage('Hello')]);
    expect(response.output_text).toBe('Hello');
  });

  it('tolerates a lifecycle event without its response', async () => {
    const events = textEvents(['Hi']).map((event) =>
      event.type === 'response.in_progress' ? { ...event, response: null } : event,
    );
    server.on('POST', '/responses', sseReply(events as ResponseStreamEvent[]));
    const stream = responseStream(client(), body);
    expect((await stream.finalResponse()).output_text).toBe('Hi');
  });

  it('raises a dropped connection of a non-background stream as APIConnectionError, without reconnecting', async () => {
    server.on('POST', '/responses', sseReply(textEvents(['a', 'b']), { fault: 'close-mid-body', faultAfterChunks: 4 }));
    const stream = responseStream(client(), body);
    const seen: number[] = [];
    const caught = await (async () => {
      for await (const event of stream) seen.push(event.sequence_number);
    })().catch((thrown: unknown) => thrown);
    expect(caught).toBeInstanceOf(APIConnectionError);
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(server.requests).toHaveLength(1);
    expect(stream.cursor).toEqual({ responseId: 'resp_1', lastSequenceNumber: 3 });
    await expect(stream.finalResponse()).rejects.toBe(caught);
  });
});

describe('aborting a response stream', () => {
  it('rejects the iteration and the final response, and closes the connection', async () => {
    server.on('POST', '/responses', sseReply(textEvents(['a', 'b']), { fault: 'stall-mid-body', faultAfterChunks: 3 }));
    const stream = responseStream(client(), body);
    const final = stream.finalResponse();
    const iterator = stream[Symbol.asyncIterator]();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) seen.push(((await iterator.next()).value as ResponseStreamEvent).type);
    const waiting = iterator.next();
    stream.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(final).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
    expect(server.lastRequest()?.aborted).toBe(true);
  });

  it('stops through the signal, even before anything was read, without unhandled rejections', async () => {
    server.on('POST', '/responses', sseReply(textEvents(['a']), { fault: 'stall-mid-body', faultAfterChunks: 1 }));
    const controller = new AbortController();
    const stream = responseStream(client(), body, { signal: controller.signal });
    stream.finalResponse(); // never awaited: must not surface as an unhandled rejection
    // Aborted before the request is out, it never reaches the server, and there is no request to see closed.
    await server.waitForRequests(1);
    controller.abort();
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });

  it("lets go of the caller's signal once stopped, even if it was never iterated", async () => {
    server.on('POST', '/responses', sseReply(textEvents(['a']), { fault: 'stall-mid-body', faultAfterChunks: 1 }));
    const controller = new AbortController();
    const stream = responseStream(client(), body, { signal: controller.signal });
    await server.waitForRequests(1);
    stream.abort();
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    await server.waitForRequestClosed();
  });

  it('settles the final response when the consumer leaves the loop early', async () => {
    server.on('POST', '/responses', sseReply(textEvents(['a', 'b']), { fault: 'stall-mid-body', faultAfterChunks: 3 }));
    const stream = responseStream(client(), body);
    for await (const event of stream) if (event.type === 'response.output_item.added') break;
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });
});
