import { describe, expect, it } from 'vitest';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { StreamError } from '../errors/stream-error.js';
import { StreamTruncatedError } from '../errors/stream-truncated-error.js';
import { collect } from '../test-support/collect.js';
import { createTestSource } from '../test-support/create-test-source.js';
import { stallingBody } from '../test-support/stalling-body.js';
import { createEventStream } from './create-event-stream.js';
import { streamFromReadableStream } from './stream-from-readable-stream.js';
import { toReadableStream } from './to-readable-stream.js';

const items = [
  { id: 1, text: 'plain' },
  { id: 2, text: 'multi-byte: € ü 日本 🎉' },
  { id: 3, nested: { list: [1, 2, 3], empty: null } },
  'a string',
  42,
];
const sse = items.map((item) => `data: ${JSON.stringify(item)}\n\n`);

/** Re-splits a byte stream into chunks of `size` bytes, cutting lines and characters. */
function rechunk(size: number): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream({
    transform(chunk, controller) {
      for (let start = 0; start < chunk.length; start += size) controller.enqueue(chunk.slice(start, start + size));
    },
  });
}

async function readAll(readable: ReadableStream<Uint8Array>): Promise<string> {
  const reader = readable.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let result = await reader.read(); !result.done; result = await reader.read()) {
    text += decoder.decode(result.value, { stream: true });
  }
  return text + decoder.decode();
}

describe('toReadableStream', () => {
  it('encodes each item as one NDJSON line, then a last [DONE] line', async () => {
    const readable = toReadableStream(createEventStream(createTestSource(sse)));
    expect(await readAll(readable)).toBe(`${items.map((item) => `${JSON.stringify(item)}\n`).join('')}[DONE]\n`);
  });

  it('reads one item per pull', async () => {
    const source = createTestSource(sse);
    const reader = toReadableStream(createEventStream(source)).getReader();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(source.chunks).toBe(0);
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(source.chunks).toBe(1);
    await reader.cancel();
  });

  it('aborts the source on cancel', async () => {
    const source = createTestSource(stallingBody(...sse.slice(0, 1)));
    const reader = toReadableStream(createEventStream(source)).getReader();
    await reader.read();
    const pending = reader.read();
    await reader.cancel('gone');
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(source.aborts).toHaveLength(1);
    expect(source.finishes).toBe(1);
  });

  it('errors the readable stream when the source fails', async () => {
    const source = createTestSource([sse[0] ?? '', 'data: {oops\n\n']);
    const reader = toReadableStream(createEventStream(source)).getReader();
    await reader.read();
    await expect(reader.read()).rejects.toBeInstanceOf(StreamError);
  });
});

describe('streamFromReadableStream', () => {
  it('round-trips the items of toReadableStream', async () => {
    const readable = toReadableStream(createEventStream(createTestSource(sse)));
    const stream = streamFromReadableStream(readable);
    expect(await collect(stream)).toEqual(items);
    expect(stream.meta.status).toBe(200);
    expect(stream.meta.requestId).toBeNull();
  });

  it.each([1, 3, 7])('round-trips through %i-byte chunks', async (size) => {
    const readable = toReadableStream(createEventStream(createTestSource(sse))).pipeThrough(rechunk(size));
    expect(await collect(streamFromReadableStream(readable))).toEqual(items);
  });

  it('skips blank lines and stops at [DONE], whatever follows it', async () => {
    const readable = new Blob(['{"a":1}\n\n{"b":2}\n[DONE]\n{"c":', '3}']).stream();
    expect(await collect(streamFromReadableStream(readable))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it.each([
    ['before its [DONE] line', ['{"a":1}\n{"b":2}\n'], /before \[DONE\]/],
    ['in the middle of a line', ['{"a":1}\n{"b":2}'], /mid-line/],
    ['in the middle of the [DONE] line', ['{"a":1}\n[DO'], /mid-line/],
  ])('raises a StreamTruncatedError after the whole lines when the bytes end %s', async (_, parts, message) => {
    const stream = streamFromReadableStream(new Blob(parts).stream());
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of stream) seen.push(item);
    })().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StreamTruncatedError);
    expect((error as Error).message).toMatch(message);
    expect(seen[0]).toEqual({ a: 1 });
  });

  it('takes the end of the bytes as the end with lenientStreamEnd, but not a cut line', async () => {
    const whole = streamFromReadableStream(new Blob(['{"a":1}\n{"b":2}\n']).stream(), { lenientStreamEnd: true });
    expect(await collect(whole)).toEqual([{ a: 1 }, { b: 2 }]);
    const cut = streamFromReadableStream(new Blob(['{"a":1}\n{"b"']).stream(), { lenientStreamEnd: true });
    await expect(collect(cut)).rejects.toBeInstanceOf(StreamTruncatedError);
  });

  it('reads a 4 MiB line arriving in 256-byte chunks in one pass', async () => {
    const value = 'x'.repeat(4 * 1024 * 1024);
    const readable = new Blob([JSON.stringify(value), '\n[DONE]\n']).stream().pipeThrough(rechunk(256));
    expect(await collect(streamFromReadableStream(readable))).toEqual([value]);
  });

  it('raises a StreamError on a line that is not JSON', async () => {
    const readable = new Blob(['{"a":1}\n{"b":\n']).stream();
    await expect(collect(streamFromReadableStream(readable))).rejects.toBeInstanceOf(StreamError);
  });

  it('passes on the error that broke the relayed stream', async () => {
    const readable = toReadableStream(createEventStream(createTestSource(['data: 1\n\ndata: nope\n\n'])));
    const stream = streamFromReadableStream(readable);
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const item of stream) seen.push(item);
      })(),
    ).rejects.toBeInstanceOf(StreamError);
    expect(seen).toEqual([1]);
  });

  it('cancels the reader when aborted, rejecting a waiting next()', async () => {
    let cancelled: unknown = 'not cancelled';
    const readable = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('1\n'));
      },
      cancel(reason) {
        cancelled = reason;
      },
    });
    const stream = streamFromReadableStream<number>(readable);
    const iterator = stream[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: 1, done: false });
    const waiting = iterator.next();
    stream.abort('stop');
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(cancelled).toBe('stop');
  });

  it('aborts through its signal', async () => {
    const controller = new AbortController();
    const source = createTestSource(stallingBody(...sse.slice(0, 1)));
    const stream = streamFromReadableStream(toReadableStream(createEventStream(source)), {
      signal: controller.signal,
    });
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(items[0]);
    const waiting = iterator.next();
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(source.aborts).toHaveLength(1);
    expect(source.finishes).toBe(1);
  });

  it('starts aborted when its signal already is', async () => {
    const stream = streamFromReadableStream(new Blob(['1\n']).stream(), { signal: AbortSignal.abort() });
    await expect(collect(stream)).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
