import { describe, expect, it, vi } from 'vitest';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { StreamError } from '../errors/stream-error.js';
import { StreamTruncatedError } from '../errors/stream-truncated-error.js';
import { getResponseMeta } from '../meta/response-meta.js';
import { bytes } from '../test-support/bytes.js';
import { collect } from '../test-support/collect.js';
import { createTestSource, type TestChunk } from '../test-support/create-test-source.js';
import { createEventStream } from './create-event-stream.js';
import type { NamedEvent } from './sse-decoder.js';

async function decode(chunks: Iterable<TestChunk>, options?: Parameters<typeof createEventStream>[1]) {
  const source = createTestSource(chunks);
  const items = await collect(createEventStream<unknown>(source, options));
  return { items, source };
}

async function decodeError(chunks: Iterable<TestChunk>, options?: Parameters<typeof createEventStream>[1]) {
  const source = createTestSource(chunks);
  const items: unknown[] = [];
  try {
    for await (const item of createEventStream<unknown>(source, options)) items.push(item);
  } catch (error) {
    return { error, items, source };
  }
  throw new Error('expected the stream to fail');
}

describe('createEventStream decoding', () => {
  it.each([
    ['LF', '\n'],
    ['CR', '\r'],
    ['CRLF', '\r\n'],
  ])('splits events on %s line endings', async (_name, eol) => {
    const { items, source } = await decode([`data: {"n":1}${eol}${eol}data: {"n":2}${eol}${eol}`]);
    expect(items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(source.finishes).toBe(1);
  });

  it('handles CRLF split between chunks', async () => {
    const { items } = await decode(['data: 1\r', '\n\r', '\ndata: 2\r\n\r\n']);
    expect(items).toEqual([1, 2]);
  });

  it('joins multi-line data with a line feed', async () => {
    const { items } = await decode(['data: {"text":\ndata: "a"}\n\n', 'data: [1,\r\ndata: 2]\r\n\r\n']);
    expect(items).toEqual([{ text: 'a' }, [1, 2]]);
  });

  it('ignores comments, id and retry', async () => {
    const { items } = await decode([': keep-alive\n\n', 'id: 7\nretry: 1000\ndata: 1\n\n', ':\n\ndata: 2\n\n']);
    expect(items).toEqual([1, 2]);
  });

  it('decodes a UTF-8 character split across chunks', async () => {
    // '€' is e2 82 ac.
    const { items } = await decode(['data: {"s":"', bytes(0xe2), bytes(0x82, 0xac), '"}\n\n']);
    expect(items).toEqual([{ s: '€' }]);
  });

  it('skips a UTF-8 byte order mark opening the body', async () => {
    const { items } = await decode([bytes(0xef, 0xbb), bytes(0xbf), 'data: 1\n\n']);
    expect(items).toEqual([1]);
  });

  it('decodes an event split into 1-byte chunks', async () => {
    const encoded = new TextEncoder().encode('data: {"s":"héllo €"}\r\n\r\ndata: 2\n\n');
    const chunks = Array.from(encoded, (byte) => bytes(byte));
    const { items, source } = await decode(chunks);
    expect(items).toEqual([{ s: 'héllo €' }, 2]);
    expect(source.chunks).toBe(encoded.length);
    expect(source.finishes).toBe(1);
  });

  it('ends at data: [DONE], reading the rest of the body so the connection can be reused', async () => {
    const { items, source } = await decode(['data: 1\n\ndata: [DONE]\n\ndata: 2\n\n', 'data: 3\n\n']);
    expect(items).toEqual([1]);
    await vi.waitFor(() => expect(source.finishes).toBe(1));
    expect(source.aborts).toHaveLength(0);
  });

  it('cancels a body that keeps going after [DONE]', async () => {
    const { items, source } = await decode(['data: [DONE]\n\n', ...Array.from({ length: 40 }, () => 'data: 2\n\n')]);
    expect(items).toEqual([]);
    await vi.waitFor(() => expect(source.finishes).toBe(1));
    expect(source.aborts).toHaveLength(1);
  });

  it.each(['[DONE] ', '[DONE]\t', '[DONE]  '])(
    'ends at data: %j, padded as some compatible servers send it',
    async (done) => {
      const { items } = await decode([`data: 1\n\ndata: ${done}\r\n\r\n`, 'data: 2\n\n']);
      expect(items).toEqual([1]);
    },
  );

  it('fails a JSON body, a server that ignored stream: true, instead of ending with no events', async () => {
    const completion = '{"id":"chatcmpl-1","choices":[{"message":{"content":"Hello there"}}]}';
    const { error, items, source } = await decodeError(['\n ', completion.slice(0, 20), completion.slice(20)]);
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ meta: source.meta, excerpt: completion });
    expect((error as Error).message).toBe(`The 200 reply (request req_test) is no event stream: ${completion}`);
  });

  it("fails an HTML page, a proxy's, instead of ending with no events", async () => {
    const page = '<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>\n';
    const { error, items } = await decodeError([page], { end: '[DONE]' });
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('502 Bad Gateway');
  });

  it('gives a numeric error code in a stream error as text, as in API errors', async () => {
    const { error } = await decodeError(['data: {"error":{"message":"Upstream failed","code":502}}\n\n']);
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ message: 'Upstream failed', code: '502' });
  });

  it("raises a JSON error body sent instead of events as the server's error", async () => {
    const { error } = await decodeError([
      '{"error":{"message":"No such model","type":"invalid_request_error",',
      '"code":"model_not_found"}}',
    ]);
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ message: 'No such model', code: 'model_not_found', type: 'invalid_request_error' });
  });

  it('ends at [DONE] without a space after the colon', async () => {
    const { items } = await decode(['data: 1\n\ndata:[DONE]\n\n', 'data: 2\n\n']);
    expect(items).toEqual([1]);
  });

  it('ignores what follows data: [DONE] in its chunk, even past maxBufferSize', async () => {
    const { items } = await decode([`data: 1\n\ndata: [DONE]\n\n: ${'padding'.repeat(10)}`], { maxBufferSize: 16 });
    expect(items).toEqual([1]);
  });

  it('takes data: [DONE]x as data, failing to parse it', async () => {
    const { error, items, source } = await decodeError(['data: 1\n\ndata: [DONE]x\n\ndata: 2\n\n']);
    expect(items).toEqual([1]);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toContain('[DONE]x');
    expect(source.finishes).toBe(1);
  });

  it('raises event: error with code, type and param', async () => {
    const payload = { error: { message: 'Overloaded', type: 'server_error', code: 'overloaded', param: 'model' } };
    const { error, items, source } = await decodeError([
      'data: 1\n\n',
      `event: error\ndata: ${JSON.stringify(payload)}\n\n`,
      'data: 2\n\n',
    ]);
    expect(items).toEqual([1]);
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ message: 'Overloaded', code: 'overloaded', type: 'server_error', param: 'model' });
    expect((error as StreamError).error).toEqual(payload.error);
    expect(source.aborts).toHaveLength(1);
    expect(source.finishes).toBe(1);
  });

  it('raises a flat event: error payload', async () => {
    const { error } = await decodeError([
      'event: error\ndata: {"type":"error","code":"rate_limit","message":"Slow down","param":null}\n\n',
    ]);
    expect(error).toMatchObject({ message: 'Slow down', code: 'rate_limit', type: 'error', param: null });
  });

  it('falls back to the raw data for the message of event: error', async () => {
    const { error } = await decodeError(['event: error\ndata: upstream exploded\n\n']);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toBe('upstream exploded');
  });

  it('raises a payload carrying an error object', async () => {
    const { error, items } = await decodeError([
      'data: 1\n\ndata: {"error":{"message":"Bad things","type":"invalid_request_error","code":"bad"}}\n\n',
    ]);
    expect(items).toEqual([1]);
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ message: 'Bad things', code: 'bad', type: 'invalid_request_error' });
  });

  it('yields an event that has its own type next to an error object', async () => {
    const event = { type: 'response.failed', error: { message: 'x' } };
    const { items } = await decode([`data: ${JSON.stringify(event)}\n\ndata: {"error":null}\n\n`]);
    expect(items).toEqual([event, { error: null }]);
  });

  it('raises on invalid JSON, quoting a truncated excerpt', async () => {
    const long = `{"a":${'9'.repeat(1000)}`;
    const { error, source } = await decodeError([`data: ${long}\n\n`]);
    expect(error).toBeInstanceOf(StreamError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Could not parse stream event: \{"a":9+…$/);
    expect(message.length).toBeLessThan(300);
    // The parser's message would quote the event unscrubbed.
    expect((error as Error).cause).toBeUndefined();
    expect(source.finishes).toBe(1);
  });

  // The parser measures what stays buffered between chunks: an event complete within one chunk is not limited.
  it('raises when an event outgrows maxBufferSize', async () => {
    const { error, items, source } = await decodeError(
      ['data: 1\n\n', `data: "${'x'.repeat(80)}`, `${'x'.repeat(40)}"\n\n`],
      { maxBufferSize: 64 },
    );
    expect(items).toEqual([1]);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toContain('64');
    expect(source.aborts).toHaveLength(1);
    expect(source.finishes).toBe(1);
  });

  it('raises when the lines of one event together outgrow maxBufferSize', async () => {
    const line = `data: ${'y'.repeat(20)}\n`;
    const { error } = await decodeError([line, line, line, line], { maxBufferSize: 64 });
    expect(error).toBeInstanceOf(StreamError);
  });

  it('yields { event, data } in eventNames mode', async () => {
    const { items } = await decode(['event: response.created\ndata: {"id":1}\n\ndata: 2\n\n'], { eventNames: true });
    expect(items).toEqual<NamedEvent[]>([
      { event: 'response.created', data: { id: 1 } },
      { event: 'message', data: 2 },
    ]);
  });

  it('attaches the response meta', () => {
    const source = createTestSource([]);
    const stream = createEventStream(source);
    expect(stream.meta).toBe(source.meta);
    expect(getResponseMeta(stream)).toBe(source.meta);
  });
});

describe('createEventStream end of body', () => {
  it.each([
    ['LF', 'data: 2\n'],
    ['CR', 'data: 2\r'],
    ['CRLF', 'data: 2\r\n'],
    ['CR after multi-line data', 'data: [2,\rdata: 3]\r'],
  ])('delivers a last event whose last line ends with %s, without the blank line', async (_name, last) => {
    const { items, source } = await decode(['data: 1\n\n', last]);
    expect(items.slice(0, 1)).toEqual([1]);
    expect(items).toHaveLength(2);
    expect(source.aborts).toHaveLength(0);
    expect(source.finishes).toBe(1);
  });

  it('delivers an event ended by CR CR with no more bytes', async () => {
    const { items } = await decode(['data: 1\r\r']);
    expect(items).toEqual([1]);
  });

  it('raises a StreamTruncatedError after the whole events when the last line is unterminated', async () => {
    const { error, items, source } = await decodeError(['data: 1\n\n', 'data: {"a":', '2}']);
    expect(items).toEqual([1]);
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect((error as Error).message).toMatch(/cut short: it ended mid-event/);
    expect(source.finishes).toBe(1);
  });

  it('raises when only the last line of an event is unterminated, delivering none of it', async () => {
    const { error, items } = await decodeError(['data: 1\n\ndata: [2,\ndata: 3]']);
    expect(items).toEqual([1]);
    expect(error).toBeInstanceOf(StreamTruncatedError);
  });

  it('raises when the last line is cut inside a UTF-8 character', async () => {
    const { error, items } = await decodeError(['data: 1\n\ndata: "', bytes(0xe2, 0x82)]);
    expect(items).toEqual([1]);
    expect(error).toBeInstanceOf(StreamTruncatedError);
  });

  it('ends cleanly on an empty body', async () => {
    const { items, source } = await decode([]);
    expect(items).toEqual([]);
    expect(source.finishes).toBe(1);
  });
});

describe('createEventStream with an end', () => {
  const chunk = 'data: {"n":1}\n\n';

  it('ends whole at [DONE], ignoring a cut line after it', async () => {
    const { items } = await decode([chunk, 'data: [DONE]\n\n', 'data: {"cut'], { end: '[DONE]' });
    expect(items).toEqual([{ n: 1 }]);
  });

  it.each([
    ['at an event boundary', [chunk]],
    ['with no event at all', []],
    ['after a last event without its blank line', [chunk, 'data: {"n":2}\n']],
  ])('raises a StreamTruncatedError naming [DONE] when the body ends %s without it', async (_name, chunks) => {
    const { error, source } = await decodeError(chunks, { end: '[DONE]' });
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toBe('The stream was cut short: it ended before [DONE].');
    expect(source.finishes).toBe(1);
  });

  it('ends whole after an event of a terminal type, whatever follows it', async () => {
    const end = ['response.completed', 'response.failed'];
    const completed = 'data: {"type":"response.completed"}\n\n';
    const { items } = await decode(['data: {"type":"response.created"}\n\n', completed, ': ping'], { end });
    expect(items).toEqual([{ type: 'response.created' }, { type: 'response.completed' }]);
  });

  it('raises naming the terminal types when the body ends before one', async () => {
    const end = ['response.completed', 'response.failed'];
    const { error, items } = await decodeError(['data: {"type":"response.created"}\n\n'], { end });
    expect(items).toEqual([{ type: 'response.created' }]);
    expect((error as Error).message).toMatch(/before response\.completed,response\.failed/);
  });

  it('takes the SSE event name as the type in eventNames mode', async () => {
    const { items } = await decode(['event: thread.run.completed\ndata: {}\n\n'], {
      eventNames: true,
      end: ['thread.run.completed'],
    });
    expect(items).toEqual([{ event: 'thread.run.completed', data: {} }]);
  });

  it('takes the body end as the end from a client with lenientStreamEnd, but not a cut line', async () => {
    const lenient = () => Object.assign(createTestSource([chunk, 'data: {"n":2}\n\n']), { lenientStreamEnd: true });
    expect(await collect(createEventStream(lenient(), { end: '[DONE]' }))).toEqual([{ n: 1 }, { n: 2 }]);
    const cut = Object.assign(createTestSource([chunk, 'data: {"n"']), { lenientStreamEnd: true });
    await expect(collect(createEventStream(cut, { end: '[DONE]' }))).rejects.toBeInstanceOf(StreamTruncatedError);
  });
});
