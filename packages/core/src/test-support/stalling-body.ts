import type { TestChunk } from './create-test-source.js';

/** A body that yields `chunks`, then waits until the request is aborted and fails as a freed socket would. */
export function stallingBody(...chunks: TestChunk[]): (signal: AbortSignal) => AsyncIterable<TestChunk> {
  return async function* (signal) {
    yield* chunks;
    await new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('socket closed'))));
  };
}
