import type { APIPromise, Client, RequestOptions } from '@org/core';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The official package's raw calls, for a route the SDK has no method for yet: `openai.post('/some/path', { body,
 * query })`. The path is sent as given below the base URL, with the client's key, headers, retries and timeouts.
 */
export abstract class OfficialRequests {
  /** The client the calls go through. */
  abstract readonly client: Client;

  get<Result = unknown>(path: string, options?: RequestOptions): APIPromise<Result> {
    return this.#send('GET', path, options);
  }

  post<Result = unknown>(path: string, options?: RequestOptions): APIPromise<Result> {
    return this.#send('POST', path, options);
  }

  put<Result = unknown>(path: string, options?: RequestOptions): APIPromise<Result> {
    return this.#send('PUT', path, options);
  }

  patch<Result = unknown>(path: string, options?: RequestOptions): APIPromise<Result> {
    return this.#send('PATCH', path, options);
  }

  delete<Result = unknown>(path: string, options?: RequestOptions): APIPromise<Result> {
    return this.#send('DELETE', path, options);
  }

  #send<Result>(method: Method, path: string, options: RequestOptions | undefined): APIPromise<Result> {
    // `options.path` is taken as it is, where a spec path would be read for `{name}` placeholders.
    return this.client.request<Result>({ method, path: '/' }, { ...options, path });
  }
}
