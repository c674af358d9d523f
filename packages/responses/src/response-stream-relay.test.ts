import { APIUserAbortError, createClient, StreamError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { ResponseStreamEvent } from './generated/types.js';
import { ResponseFailedError, type ResponseStream, responseStream, responseStreamFromReadableStream } from './index.js';
import { fakeResponse, outputMessage, sseReply, textEvents } from './test-support/fixtures.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const body = { model: 'gpt-4o-mini', input: 'Say hi' };

/** The app's backend relays the stream as the body of its own HTTP response; the browser rebuilds it. */
async function relay(): Promise<ResponseStream> {
  const upstream = responseStream(client(), body);
  const relayed = new Response(upstream.toReadableStream(), { headers: { 'content-type': 'application/x-ndjson' } });
  return responseStreamFromReadableStream(relayed.body!);
}

async function read(stream: ResponseStream): Promise<{ events: ResponseStreamEvent[]; error?: unknown }> {
  const events: ResponseStreamEvent[] = [];
  try {
    for await (const event of stream) events.push(event);
    return { events };
  } catch (error) {
    return { events, error };
  }
}

describe('relaying a response stream', () => {
  it('rebuilds the same typed events, text and final response on the other side', async () => {
    const events = textEvents(['Hel', 'lo']);
    server.on('POST', '/responses', sseReply(events));
    const browser = await relay();
    expect(await read(browser)).toEqual({ events });
    expect(browser.outputText).toBe('Hello');
    expect(await browser.finalResponse()).toEqual({
      ...fakeResponse({ output: [outputMessage('Hello')] }),
      output_text: 'Hello',
    });
  });

  it('raises ResponseFailedError on the other side for a relayed `response.failed`', async () => {
    const failed = fakeResponse({ status: 'failed', error: { code: 'server_error', message: 'Down.' } });
    server.on(
      'POST',
      '/responses',
      sseReply([...textEvents(['x']).slice(0, 1), { type: 'response.failed', response: failed, sequence_number: 1 }]),
    );
    const { events, error } = await read(await relay());
    expect(events.map((event) => event.type)).toEqual(['response.created', 'response.failed']);
    expect(error).toBeInstanceOf(ResponseFailedError);
    expect(error).toMatchObject({ code: 'server_error', message: 'The response failed: Down.' });
  });

  it('raises StreamError on the other side for a relayed `event: error`', async () => {
    const data = { type: 'error', code: 'server_error', message: 'Broke.', param: null, sequence_number: 1 };
    server.on('POST', '/responses', {
      sse: [...sseReply(textEvents(['x']).slice(0, 1)).sse!, { event: 'error', data }],
    });
    const { events, error } = await read(await relay());
    expect(events.at(-1)).toEqual(data);
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ code: 'server_error', message: 'Broke.' });
  });

  it('aborting the rebuilt stream cancels the relay and the upstream request', async () => {
    server.on('POST', '/responses', sseReply(textEvents(['a', 'b']), { fault: 'stall-mid-body', faultAfterChunks: 2 }));
    const browser = await relay();
    const iterator = browser[Symbol.asyncIterator]();
    await iterator.next();
    browser.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(browser.finalResponse()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });
});
