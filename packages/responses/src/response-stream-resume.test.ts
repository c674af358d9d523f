import { APIConnectionError, APIUserAbortError, createClient, NotFoundError, StreamTruncatedError } from '@org/core';
import type { RecordedRequest } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { reconnectResponseStream, responseStream } from './index.js';
import { outputMessage, sseReply, textEvents } from './test-support/fixtures.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const body = { model: 'gpt-4o-mini', input: 'Write a story', background: true };
const resume = { initialDelayMs: 5 };
const events = textEvents(['Once ', 'upon ', 'a ', 'time.'], { id: 'resp_bg', background: true });

/** The resume route: the events after `starting_after`, as the API replays them. */
function replayAfter(request: RecordedRequest) {
  const after = Number(request.query.get('starting_after') ?? -1);
  return sseReply(events.filter((event) => event.sequence_number > after));
}

async function sequenceNumbers(stream: AsyncIterable<{ sequence_number: number }>): Promise<number[]> {
  const seen: number[] = [];
  for await (const event of stream) seen.push(event.sequence_number);
  return seen;
}

describe('resuming a background response stream', () => {
  it('reconnects after a drop from the last sequence number, without repeating events', async () => {
    server.on('POST', '/responses', sseReply(events, { fault: 'close-mid-body', faultAfterChunks: 4 }));
    server.on('GET', '/responses/{id}', replayAfter);
    const stream = responseStream(client(), body, { resume });

    expect(await sequenceNumbers(stream)).toEqual(events.map((_, index) => index));
    const [, resumed] = server.requests;
    expect(server.requests).toHaveLength(2);
    expect(resumed?.method).toBe('GET');
    expect(resumed?.path).toBe('/v1/responses/resp_bg');
    expect(resumed?.query.get('stream')).toBe('true');
    expect(resumed?.query.get('starting_after')).toBe('3');
    expect((await stream.finalResponse()).output).toEqual([outputMessage('Once upon a time.')]);
    expect(stream.outputText).toBe('Once upon a time.');
  });

  it.each([
    ['ends cleanly before its terminal event', { fault: 'end-mid-body', faultAfterChunks: 4 }],
    ['is cut in the middle of an event', { fault: 'end-mid-body', chunkSize: 500, faultAfterChunks: 3 }],
  ] as const)('reconnects when the body %s, as after a drop', async (_, fault) => {
    server.on('POST', '/responses', sseReply(events, fault));
    server.on('GET', '/responses/{id}', replayAfter);
    const stream = responseStream(client(), body, { resume });
    expect(await sequenceNumbers(stream)).toEqual(events.map((_, index) => index));
    expect(server.requests).toHaveLength(2);
    expect((await stream.finalResponse()).output).toEqual([outputMessage('Once upon a time.')]);
  });

  it('raises StreamTruncatedError for a stream cut short that is not a background one', async () => {
    const foreground = textEvents(['Once ', 'upon ', 'a ', 'time.']);
    server.on('POST', '/responses', sseReply(foreground, { fault: 'end-mid-body', faultAfterChunks: 4 }));
    const stream = responseStream(client(), { ...body, background: false }, { resume });
    await expect(sequenceNumbers(stream)).rejects.toBeInstanceOf(StreamTruncatedError);
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(StreamTruncatedError);
    expect(server.requests).toHaveLength(1);
  });

  it('drops the events a reconnect replays that were already delivered', async () => {
    server.on('POST', '/responses', sseReply(events, { fault: 'close-mid-body', faultAfterChunks: 6 }));
    server.on('GET', '/responses/{id}', sseReply(events.slice(2))); // an overlapping replay
    const stream = responseStream(client(), body, { resume });
    expect(await sequenceNumbers(stream)).toEqual(events.map((_, index) => index));
    expect(stream.outputText).toBe('Once upon a time.');
  });

  it('keeps reconnecting while the reconnects make progress, then gives up after maxAttempts failures', async () => {
    server.on('POST', '/responses', sseReply(events, { fault: 'close-mid-body', faultAfterChunks: 2 }));
    server.on('GET', '/responses/{id}', sseReply(events.slice(2), { fault: 'close-mid-body', faultAfterChunks: 1 }), {
      fault: 'reset',
    });
    const stream = responseStream(client(), body, { resume: { initialDelayMs: 1, maxAttempts: 2 } });
    const seen: number[] = [];
    const caught = await (async () => {
      for await (const event of stream) seen.push(event.sequence_number);
    })().catch((thrown: unknown) => thrown);
    expect(caught).toBeInstanceOf(APIConnectionError);
    expect(seen).toEqual([0, 1, 2]);
    expect(server.requests.map((request) => request.query.get('starting_after'))).toEqual([null, '1', '2', '2']);
    await expect(stream.finalResponse()).rejects.toBe(caught);
  });

  it('raises the drop, not a truncated response, when every reconnect ends without a new event', async () => {
    server.on('POST', '/responses', sseReply(events, { fault: 'close-mid-body', faultAfterChunks: 3 }));
    server.on('GET', '/responses/{id}', sseReply([]));
    const stream = responseStream(client(), body, { resume: { initialDelayMs: 1, maxAttempts: 2 } });
    await expect(sequenceNumbers(stream)).rejects.toBeInstanceOf(APIConnectionError);
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(3);
  });

  it('raises an API error from the reconnect at once', async () => {
    server.on('POST', '/responses', sseReply(events, { fault: 'close-mid-body', faultAfterChunks: 3 }));
    server.on('GET', '/responses/{id}', { status: 404, json: { error: { message: 'No such response.' } } });
    const stream = responseStream(client(), body, { resume });
    await expect(sequenceNumbers(stream)).rejects.toBeInstanceOf(NotFoundError);
    expect(server.requests).toHaveLength(2);
  });

  it('raises the drop when resuming is turned off, leaving a cursor to reconnect with later', async () => {
    server.on('POST', '/responses', sseReply(events, { fault: 'close-mid-body', faultAfterChunks: 4 }));
    server.on('GET', '/responses/{id}', replayAfter);
    const stream = responseStream(client(), body, { resume: false });
    await expect(sequenceNumbers(stream)).rejects.toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(1);
    const cursor = JSON.parse(JSON.stringify(stream.cursor));
    expect(cursor).toEqual({ responseId: 'resp_bg', lastSequenceNumber: 3 });

    const reopened = reconnectResponseStream(client(), cursor);
    expect(await sequenceNumbers(reopened)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(server.lastRequest()?.rawUrl).toBe('/v1/responses/resp_bg?starting_after=3&stream=true');
    expect((await reopened.finalResponse()).id).toBe('resp_bg');
  });

  it('stops waiting to reconnect when aborted', async () => {
    server.on('POST', '/responses', sseReply(events, { fault: 'close-mid-body', faultAfterChunks: 2 }));
    const controller = new AbortController();
    const stream = responseStream(client(), body, {
      signal: controller.signal,
      resume: { initialDelayMs: 60_000 },
    });
    const reading = sequenceNumbers(stream);
    // Abort once the connection has dropped, while the stream waits out its minute before reconnecting.
    await server.waitForRequests(1);
    await server.waitForRequestClosed(0);
    controller.abort();
    await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });
});
