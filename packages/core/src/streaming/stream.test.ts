import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIUserAbortError } from '../errors/connection-errors.js';
import { StreamError } from '../errors/stream-error.js';
import { collect } from '../test-support/collect.js';
import { createTestSource } from '../test-support/create-test-source.js';
import { stallingBody } from '../test-support/stalling-body.js';
import { createEventStream } from './create-event-stream.js';
import { teeStream } from './tee-stream.js';
import { toReadableStream } from './to-readable-stream.js';

const events = (...values: number[]) => values.map((value) => `data: ${value}\n\n`);

/** Resolves once pending callbacks, and those they schedule, have run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('Stream lifecycle', () => {
  it('aborts the source and finishes once when the loop breaks', async () => {
    const source = createTestSource(events(1, 2, 3));
    const seen: unknown[] = [];
    for await (const item of createEventStream(source)) {
      seen.push(item);
      if (item === 2) break;
    }
    await settle();
    expect(seen).toEqual([1, 2]);
    expect(source.aborts).toHaveLength(1);
    expect(source.finishes).toBe(1);
  });

  it('aborts the source when the loop body throws, raising only that exception', async () => {
    const source = createTestSource(stallingBody(...events(1, 2)));
    const boom = new Error('boom');
    const loop = async () => {
      for await (const _ of createEventStream(source)) throw boom;
    };
    await expect(loop()).rejects.toBe(boom);
    await settle();
    expect(source.aborts).toHaveLength(1);
    expect(source.finishes).toBe(1);
  });

  it('rejects a waiting next() with the mapped abort error when aborted', async () => {
    const source = createTestSource(stallingBody(...events(1)));
    const stream = createEventStream<number>(source);
    const iterator = stream[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: 1, done: false });
    const waiting = iterator.next();
    stream.abort('user');
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(iterator.next()).resolves.toEqual({ value: undefined, done: true });
    await settle();
    expect(source.aborts).toEqual(['user']);
    expect(source.finishes).toBe(1);
  });

  it('rejects a waiting next() even when the body never settles', async () => {
    const source = createTestSource(() => ({
      [Symbol.asyncIterator]: () => ({ next: () => new Promise<IteratorResult<string>>(() => {}) }),
    }));
    const stream = createEventStream(source);
    const iterator = stream[Symbol.asyncIterator]();
    const waiting = iterator.next();
    stream.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(source.finishes).toBe(1);
  });

  it('rejects the next next() when aborted between items, dropping queued ones', async () => {
    const source = createTestSource(events(1, 2, 3));
    const stream = createEventStream<number>(source);
    const iterator = stream[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: 1, done: false });
    stream.abort();
    stream.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(source.aborts).toHaveLength(1);
    expect(source.finishes).toBe(1);
  });

  it('raises the abort error when aborted before iterating', async () => {
    const source = createTestSource(events(1));
    const stream = createEventStream(source);
    stream.abort();
    await expect(collect(stream)).rejects.toBeInstanceOf(APIUserAbortError);
    expect(source.finishes).toBe(1);
  });

  it('ignores abort() after the stream ended', async () => {
    const source = createTestSource(events(1));
    const stream = createEventStream(source);
    expect(await collect(stream)).toEqual([1]);
    stream.abort();
    expect(source.aborts).toHaveLength(0);
    expect(source.finishes).toBe(1);
  });

  it('raises what mapError makes of a body failing mid-way', async () => {
    const failure = new Error('ECONNRESET');
    const source = createTestSource(async function* () {
      yield 'data: 1\n\n';
      throw failure;
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      try {
        for await (const item of createEventStream(source)) seen.push(item);
      } catch (caught) {
        return caught;
      }
    })();
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).cause).toBe(failure);
    expect(source.finishes).toBe(1);
  });

  it('can be iterated only once', async () => {
    const stream = createEventStream(createTestSource(events(1)));
    expect(await collect(stream)).toEqual([1]);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(StreamError);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already consumed/);
    expect(() => teeStream(stream)).toThrow(StreamError);
    expect(() => toReadableStream(stream)).toThrow(StreamError);
  });

  it('serves concurrent next() calls in order', async () => {
    const source = createTestSource(events(1, 2, 3));
    const iterator = createEventStream(source)[Symbol.asyncIterator]();
    const results = await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next()]);
    expect(results.map((result) => result.value)).toEqual([1, 2, 3, undefined]);
    expect(source.finishes).toBe(1);
  });

  it('reads the body only while a consumer waits', async () => {
    const source = createTestSource(events(1, 2, 3));
    const iterator = createEventStream(source)[Symbol.asyncIterator]();
    await settle();
    expect(source.chunks).toBe(0);
    await iterator.next();
    await settle();
    expect(source.chunks).toBe(1);
    await iterator.return?.();
    expect(source.finishes).toBe(1);
  });
});

describe('teeStream', () => {
  it('delivers every item to both branches in order', async () => {
    const source = createTestSource(events(1, 2, 3, 4));
    const [left, right] = teeStream(createEventStream<number>(source));
    const [a, b] = await Promise.all([collect(left), collect(right)]);
    expect(a).toEqual([1, 2, 3, 4]);
    expect(b).toEqual([1, 2, 3, 4]);
    expect(source.finishes).toBe(1);
    expect(left.meta).toBe(source.meta);
  });

  it('buffers for the branch read later', async () => {
    const source = createTestSource(events(1, 2, 3));
    const [left, right] = teeStream(createEventStream<number>(source));
    expect(await collect(left)).toEqual([1, 2, 3]);
    expect(await collect(right)).toEqual([1, 2, 3]);
  });

  it('raises an error in both branches after the items before it', async () => {
    const source = createTestSource([...events(1, 2), 'data: nope\n\n']);
    const [left, right] = teeStream(createEventStream<number>(source));
    for (const branch of [left, right]) {
      const seen: number[] = [];
      await expect(
        (async () => {
          for await (const item of branch) seen.push(item);
        })(),
      ).rejects.toBeInstanceOf(StreamError);
      expect(seen).toEqual([1, 2]);
    }
    expect(source.finishes).toBe(1);
  });

  it('aborts the source only when both branches are done', async () => {
    const source = createTestSource(stallingBody(...events(1, 2)));
    const [left, right] = teeStream(createEventStream<number>(source));
    for await (const _ of left) break;
    await settle();
    expect(source.aborts).toHaveLength(0);
    const seen: number[] = [];
    for await (const item of right) {
      seen.push(item);
      if (item === 2) break;
    }
    await settle();
    expect(seen).toEqual([1, 2]);
    expect(source.aborts).toHaveLength(1);
    expect(source.finishes).toBe(1);
  });

  it('rejects a waiting branch on its own abort and keeps the other reading', async () => {
    const source = createTestSource(stallingBody(...events(1)));
    const [left, right] = teeStream(createEventStream<number>(source));
    const leftIterator = left[Symbol.asyncIterator]();
    const rightIterator = right[Symbol.asyncIterator]();
    expect(await leftIterator.next()).toEqual({ value: 1, done: false });
    const waiting = leftIterator.next();
    left.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(source.aborts).toHaveLength(0);
    expect(await rightIterator.next()).toEqual({ value: 1, done: false });
    const rightWaiting = rightIterator.next();
    right.abort();
    await expect(rightWaiting).rejects.toBeInstanceOf(APIUserAbortError);
    await settle();
    expect(source.aborts).toHaveLength(1);
    expect(source.finishes).toBe(1);
  });
});
