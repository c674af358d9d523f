import { iterablePromise } from '../utils/iterable-promise.js';
import type { Stream } from './stream.js';

/** What a streaming call returns: await it for the `Stream` (and its `meta`), or `for await` it for the items. */
export interface StreamPromise<T> extends Promise<Stream<T>>, AsyncIterable<T> {}

/** Makes a streaming call's promise a `StreamPromise`. */
export function streamPromise<T>(stream: Promise<Stream<T>>): StreamPromise<T> {
  return iterablePromise<T, Stream<T>>(stream);
}
