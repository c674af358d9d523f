import type { APIPromise } from '../request/api-promise.js';
import type { RequestOptions } from '../request/request-options.js';
import type { RequestSpec } from '../request/request-spec.js';
import type { ResponseReader } from '../request/response-source.js';
import type { ClientOptions } from './client-options.js';
import type { Handshake, HandshakeOptions } from './handshake.js';

/** A configured connection to the API. Resource functions take it as their first argument. */
export interface Client {
  readonly baseURL: string;
  /**
   * Any call, typed or not, with the same retries, errors, timeouts and streaming as the generated ones.
   * With `read: createEventStream` it resolves to a `Stream`, with `read: createBinaryResponse` to a `BinaryResponse`.
   */
  request<R>(spec: RequestSpec & { read: ResponseReader<R> }, options?: RequestOptions): APIPromise<R>;
  request<T = unknown>(spec: RequestSpec, options?: RequestOptions): APIPromise<T>;
  /**
   * A client with some options changed; this one is left as it is. Default headers, the default query and hooks are
   * merged with this client's (its hooks run first); every other option given replaces this client's.
   */
  withOptions(options: ClientOptions): Client;
  /**
   * The URL and headers of a connection to `path`, as an HTTP call of this client would send them (key or key
   * provider, default headers and query): `await client.handshake('/realtime', { scheme: 'ws', query: { model } })`.
   */
  handshake(path: string, options?: HandshakeOptions): Promise<Handshake>;
}
