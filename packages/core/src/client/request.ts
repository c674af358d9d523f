import type { APIPromise } from '../request/api-promise.js';
import type { RequestOptions } from '../request/request-options.js';
import type { RequestSpec } from '../request/request-spec.js';
import type { ResponseReader } from '../request/response-source.js';
import { checkClient } from './check-client.js';
import type { Client } from './client.js';

/** `client.request(spec, options)`, for the generated functions: a first argument that is no client is refused. */
export function request<R>(
  client: Client,
  spec: RequestSpec & { read: ResponseReader<R> },
  options?: RequestOptions,
): APIPromise<R>;
export function request<T = unknown>(client: Client, spec: RequestSpec, options?: RequestOptions): APIPromise<T>;
export function request(client: Client, spec: RequestSpec, options?: RequestOptions): APIPromise<unknown> {
  checkClient(client);
  return client.request(spec, options);
}
