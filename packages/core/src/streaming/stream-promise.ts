import type { APIPromise } from '../request/api-promise.js';
import { iterablePromise } from '../utils/iterable-promise.js';
import type { Stream } from './stream.js';

/**
 * What a streaming call returns: await it for the `Stream` (and its `meta`), or `for await` it for the items; like
 * every call, `withResponse()` and `asResponse()` give the HTTP response.
 */
export interface StreamPromise<T> extends APIPromise<Stream<T>>, AsyncIterable<T> {}

/** Makes a streaming call's promise a `StreamPromise`. */
export function streamPromise<T>(stream: APIPromise<Stream<T>>): StreamPromise<T> {
  return iterablePromise<T, APIPromise<Stream<T>>>(stream);
}
