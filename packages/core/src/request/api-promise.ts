import { OpenAIError } from '../errors/openai-error.js';
import type { ResponseMeta } from '../meta/response-meta.js';

/** The result of a call together with the HTTP response it came in. */
export interface WithResponse<T> {
  data: T;
  /** The response's status and headers; its body, already read into `data`, is not kept. */
  response: Response;
  /** The `x-request-id` header, as the official package names it. */
  request_id: string | null;
  meta: ResponseMeta;
}

/**
 * A JSON object result with the official package's `_request_id` (the `x-request-id` header, hidden from JSON and
 * equality); streams, pages, lists and raw replies are as they are.
 */
export type WithRequestID<T> = T extends AsyncIterable<unknown> | readonly unknown[] | Response | Blob | ArrayBufferView
  ? T
  : T extends object
    ? T & { readonly _request_id?: string | null }
    : T;

/**
 * What every call returns: a promise of its result that also gives the HTTP response behind it, whatever the result
 * is (JSON, text, nothing, a stream, a page, a file).
 */
export interface APIPromise<T> extends Promise<WithRequestID<T>> {
  /** The result, its response and request id: `const { data, request_id } = await call().withResponse()`. */
  withResponse(): Promise<WithResponse<T>>;
  /**
   * The raw `Response`, its body unread (and then no longer read into a result: the call's own promise resolves to the
   * same `Response`). Call it on the call itself, before the reply arrives; later, it rejects with an `OpenAIError`.
   */
  asResponse(): Promise<Response>;
}

/** How a call and its promise talk: the promise may ask for the raw reply; the call says when the reply is in. */
export interface CallState {
  /** Set by `asResponse()`: read nothing, resolve to the raw `Response`. */
  raw?: boolean;
  /** Set once the successful reply's headers are in, and with it whether it is read raw is decided. */
  meta?: ResponseMeta;
}

/** Makes a call's promise an `APIPromise`; `call` is the state `sendRequest` fills in as the call goes. */
export function apiPromise<T>(promise: Promise<T>, call: CallState): APIPromise<T> {
  // An object result resolves with `_request_id` on it: `attachResponseMeta` sets it beside the metadata.
  return Object.assign(promise as Promise<unknown> as Promise<WithRequestID<T>>, {
    withResponse: () => promise.then((data) => withResponse(data, call.meta as ResponseMeta)),
    asResponse: () => {
      if (call.meta) return Promise.reject(new OpenAIError('asResponse() came after the reply was read.'));
      call.raw = true;
      return promise as Promise<unknown> as Promise<Response>;
    },
  });
}

/** `data` with the response it came in, for `withResponse()`. */
export function withResponse<T>(data: T, meta: ResponseMeta): WithResponse<T> {
  return {
    data,
    response: new Response(null, { status: meta.status, statusText: meta.statusText, headers: meta.headers }),
    request_id: meta.requestId,
    meta,
  };
}
