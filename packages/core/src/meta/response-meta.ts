import { parseRetryAfter } from './parse-retry-after.js';
import { parseRateLimit, type RateLimit } from './rate-limit.js';

/** What every result and every API error tells about the HTTP exchange behind it. */
export interface ResponseMeta {
  status: number;
  /** The `x-request-id` header: quote it when asking OpenAI support about a call. */
  requestId: string | null;
  headers: Headers;
  rateLimit: RateLimit;
  /** The wait the server asked for (`retry-after-ms` or `retry-after`), in milliseconds. */
  retryAfterMs: number | null;
  /** How many attempts the call took, retries included. */
  attempts: number;
}

/** Builds the metadata lazily, so a call whose caller never looks pays only for one small object. */
export function createResponseMeta(status: number, rawHeaders: Record<string, string>, attempts: number): ResponseMeta {
  let headers: Headers | undefined;
  let rateLimit: RateLimit | undefined;
  return {
    status,
    attempts,
    requestId: rawHeaders['x-request-id'] ?? null,
    get headers() {
      headers ??= new Headers(rawHeaders);
      return headers;
    },
    get rateLimit() {
      rateLimit ??= parseRateLimit(rawHeaders);
      return rateLimit;
    },
    get retryAfterMs() {
      return parseRetryAfter(rawHeaders);
    },
  };
}

const metaByResult = new WeakMap<object, ResponseMeta>();

export function attachResponseMeta<T>(result: T, meta: ResponseMeta): T {
  if (typeof result === 'object' && result !== null) metaByResult.set(result, meta);
  return result;
}

/** The metadata of a result returned by any call: `getResponseMeta(completion)?.requestId`. */
export function getResponseMeta(result: unknown): ResponseMeta | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  return metaByResult.get(result);
}
