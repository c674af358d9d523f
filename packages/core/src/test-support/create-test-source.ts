import { APIConnectionError, APIUserAbortError } from '../errors/connection-errors.js';
import { createResponseMeta } from '../meta/response-meta.js';
import type { StreamSource } from '../streaming/stream-source.js';

/** A chunk as bytes, or as text to encode as UTF-8. */
export type TestChunk = string | Uint8Array;

export interface TestSource extends StreamSource {
  readonly aborts: unknown[];
  readonly finishes: number;
  readonly chunks: number;
  readonly signal: AbortSignal;
}

/**
 * A `StreamSource` for tests: the body yields the given chunks, or whatever `body(signal)` yields, where `signal`
 * aborts when the source is aborted (as a real request's body would fail).
 */
export function createTestSource(body: Iterable<TestChunk> | ((signal: AbortSignal) => AsyncIterable<TestChunk>)) {
  const controller = new AbortController();
  const encoder = new TextEncoder();
  async function* bytes(): AsyncGenerator<Uint8Array> {
    const chunks = typeof body === 'function' ? body(controller.signal) : body;
    for await (const chunk of chunks) yield typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
  }
  const source = {
    body: bytes(),
    meta: createResponseMeta(200, { 'x-request-id': 'req_test' }, 1),
    aborts: [] as unknown[],
    finishes: 0,
    chunks: 0,
    signal: controller.signal,
    abort(reason?: unknown) {
      source.aborts.push(reason);
      controller.abort(reason);
    },
    onRead() {},
    onChunk() {
      source.chunks++;
    },
    finish() {
      source.finishes++;
    },
    mapError(error: unknown): Error {
      return controller.signal.aborted
        ? new APIUserAbortError({ cause: error })
        : new APIConnectionError('Connection error.', { cause: error });
    },
  };
  return source satisfies TestSource;
}
