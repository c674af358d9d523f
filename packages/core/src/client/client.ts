import type { RequestOptions } from '../request/request-options.js';
import type { RequestSpec } from '../request/request-spec.js';
import type { BinaryResponse } from '../response/binary-response.js';
import type { Stream } from '../streaming/stream.js';
import type { ClientOptions } from './client-options.js';

/** A configured connection to the API. Resource functions take it as their first argument. */
export interface Client {
  readonly baseURL: string;
  /** Any call, typed or not, with the same retries, errors, timeouts and streaming as the generated ones. */
  request<T = unknown>(spec: RequestSpec & { stream: true }, options?: RequestOptions): Promise<Stream<T>>;
  request(spec: RequestSpec & { binary: true }, options?: RequestOptions): Promise<BinaryResponse>;
  request<T = unknown>(spec: RequestSpec, options?: RequestOptions): Promise<T>;
  /** A client with some options changed; this one is left as it is. */
  withOptions(options: ClientOptions): Client;
}
