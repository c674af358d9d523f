import type { HttpMethod } from './http-method.js';

/** What one API call sends. Resource functions build it; `client.request` takes it raw. */
export interface RequestSpec {
  method: HttpMethod;
  /** The path below the base URL, with `{name}` placeholders for `pathParams`: `/files/{file_id}`. */
  path: string;
  /** Values for the placeholders; each is checked and percent-encoded so it can never change the path or query. */
  pathParams?: Record<string, string>;
  query?: Record<string, unknown>;
  /** Sent as JSON, or as multipart/form-data when made with `multipartBody(fields)`. */
  body?: unknown;
  headers?: Record<string, string | null | undefined>;
  /** The reply is a server-sent event stream: the call resolves to a `Stream`. */
  stream?: boolean;
  /** With `stream`: yield `{ event, data }` pairs instead of bare data (for APIs that name their events). */
  streamEventNames?: boolean;
  /** The reply is a file or audio: the call resolves to a `BinaryResponse`. */
  binary?: boolean;
}
