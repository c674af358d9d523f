import type { HttpMethod } from './http-method.js';
import type { ResponseReader } from './response-source.js';

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
  /**
   * How a successful reply is read: `read: createEventStream` for server-sent events (a `Stream`),
   * `read: createBinaryResponse` for a file or audio. Without it the call resolves to the parsed JSON, or the text.
   */
  read?: ResponseReader<unknown>;
  /** Turns the parsed JSON into the call's result (a JSON reply only; `asResponse()` skips it). */
  map?: (result: never) => unknown;
  /**
   * The result is a JSON object, as every typed operation's is: an empty body, or one that is not a JSON object (an
   * HTML page from a proxy, a body cut short), raises `InvalidResponseError` rather than resolving to `undefined` or
   * text. Without it (a raw call cannot know), an empty body is `undefined` and a reply that is not JSON is its text.
   */
  json?: boolean;
}
