import type { APIPromise } from '../request/api-promise.js';
import type { RequestOptions } from '../request/request-options.js';
import type { RequestSpec } from '../request/request-spec.js';
import type { ResponseReader } from '../request/response-source.js';
import type { ClientOptions } from './client-options.js';

/** A configured connection to the API. Resource functions take it as their first argument. */
export interface Client {
  readonly baseURL: string;
  /**
   * Any call, typed or not, with the same retries, errors, timeouts and streaming as the generated ones.
   * With `read: createEventStream` it resolves to a `Stream`, with `read: createBinaryResponse` to a `BinaryResponse`.
   */
  request<R>(spec: RequestSpec & { read: ResponseReader<R> }, options?: RequestOptions): APIPromise<R>;
  request<T = unknown>(spec: RequestSpec, options?: RequestOptions): APIPromise<T>;
  /** A client with some options changed; this one is left as it is. */
  withOptions(options: ClientOptions): Client;
}
