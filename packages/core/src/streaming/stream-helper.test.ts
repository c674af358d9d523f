import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { AuthenticationError } from '../errors/api-error.js';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { StreamError } from '../errors/stream-error.js';
import { iterableToReadableStream } from '../utils/iterable-to-readable-stream.js';
import { createEventStream } from './create-event-stream.js';
import type { Stream } from './stream.js';
import { StreamHelper } from './stream-helper.js';

const server = useTestServer();

type Chunk = { text: string };

/** The smallest stream helper: the texts of one streamed call, joined. */
class TextStream extends StreamHelper<string, string> {
  readonly #chunks: Promise<Stream<Chunk>>;

  constructor(signal?: AbortSignal) {
    super();
    this.follow(signal);
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
    this.#chunks = this.connect(
      client.request(
        { method: 'POST', path: '/chat/completions', body: {}, read: createEventStream<Chunk> },
        { signal: this.signal },
      ),
    );
  }

  finalText(): Promise<string> {
    return this.settled();
  }

  protected async *produce(): AsyncGenerator<string, string> {
    let text = '';
    for await (const chunk of await this.#chunks) {
      text += chunk.text;
      yield chunk.text;
    }
    return text;
  }
}

const sse = (...texts: string[]) => ({ sse: [...texts.map((text) => ({ data: { text } })), 'data: [DONE]\n\n'] });

describe('StreamHelper', () => {
  it('is returned at once, not a promise, and sends its request without being awaited or iterated', async () => {
    server.on('POST', '/chat/completions', sse('a'));
    const stream = new TextStream();
    expect('then' in stream).toBe(false);
    await server.waitForRequests(1);
    expect(await stream.finalText()).toBe('a');
  });

  it('reads itself to the end for done() when nothing iterates it, and keeps the response metadata', async () => {
    server.on('POST', '/chat/completions', sse('a', 'b'));
    const stream = new TextStream();
    await stream.done();
    expect(await stream.finalText()).toBe('ab');
    expect(stream.meta?.status).toBe(200);
    expect(stream.meta?.requestId).toMatch(/^req_/);
  });

  it('rejects done() and the final promise alike with the typed error of the call or of the stream', async () => {
    server.on('POST', '/chat/completions', { status: 401, json: { error: { message: 'bad key' } } });
    const refused = new TextStream();
    await expect(refused.done()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(refused.finalText()).rejects.toBeInstanceOf(AuthenticationError);

    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'a' } }, { event: 'error', data: { error: { message: 'overloaded' } } }],
    });
    const broken = new TextStream();
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const text of broken) seen.push(text);
      })(),
    ).rejects.toBeInstanceOf(StreamError);
    expect(seen).toEqual(['a']);
    await expect(broken.done()).rejects.toBeInstanceOf(StreamError);
  });

  it('frees the connection on abort() once connected, and settles done() with APIUserAbortError', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'a' } }, { data: { text: 'b' } }],
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    const stream = new TextStream();
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toBe('a');
    stream.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(stream.done()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });

  it('frees the connection at once when a relay is cancelled while a read waits on a silent server', async () => {
    server.on('POST', '/chat/completions', {
      sse: [{ data: { text: 'a' } }, { data: { text: 'b' } }],
      fault: 'stall-mid-body',
      faultAfterChunks: 1,
    });
    const stream = new TextStream();
    const reader = iterableToReadableStream(stream).getReader();
    expect((await reader.read()).value).toBe('a');
    const pending = reader.read();
    // Long enough for the read to reach the server's silence.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await reader.cancel();
    expect(await pending).toEqual({ done: true, value: undefined });
    await expect(stream.finalText()).rejects.toBeInstanceOf(APIUserAbortError);
    await server.waitForRequestClosed();
  });
});
