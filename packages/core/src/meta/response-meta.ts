import { isSecretName } from '../logging/is-secret-name.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { parseRateLimit, type RateLimit } from './rate-limit.js';

/** What every result and every API error tells about the HTTP exchange behind it. */
export interface ResponseMeta {
  status: number;
  /** The reason phrase (`'Not Found'`): the server's through a fetch; the standard one on Node's default transport. */
  statusText: string;
  /** The `x-request-id` header: quote it when asking OpenAI support about a call. */
  requestId: string | null;
  headers: Headers;
  rateLimit: RateLimit;
  /** The wait the server asked for (`retry-after-ms` or `retry-after`), in milliseconds. */
  retryAfterMs: number | null;
  /** How many attempts the call took, retries included. */
  attempts: number;
}

/**
 * Builds the metadata lazily, so a call whose caller never looks pays only for one small object: `headers` and
 * `rateLimit` are made on first read. The getters live on a prototype, which keeps the object cheap to create.
 * `redact` scrubs the credentials the request carried from the header values `toJSON()` gives.
 */
export function createResponseMeta(
  status: number,
  rawHeaders: Record<string, string>,
  attempts: number,
  redact?: (text: string) => string,
  statusText = '',
): ResponseMeta {
  return new LazyResponseMeta(status, rawHeaders, attempts, redact, statusText);
}

class LazyResponseMeta implements ResponseMeta {
  readonly status: number;
  readonly statusText: string;
  readonly attempts: number;
  readonly requestId: string | null;
  readonly #rawHeaders: Record<string, string>;
  readonly #redact: ((text: string) => string) | undefined;
  #headers: Headers | undefined;
  #rateLimit: RateLimit | undefined;

  constructor(
    status: number,
    rawHeaders: Record<string, string>,
    attempts: number,
    redact: ((text: string) => string) | undefined,
    statusText: string,
  ) {
    this.status = status;
    this.statusText = statusText;
    this.attempts = attempts;
    this.requestId = rawHeaders['x-request-id'] ?? null;
    this.#rawHeaders = rawHeaders;
    this.#redact = redact;
  }

  get headers(): Headers {
    this.#headers ??= new Headers(this.#rawHeaders);
    return this.#headers;
  }

  get rateLimit(): RateLimit {
    this.#rateLimit ??= parseRateLimit(this.#rawHeaders);
    return this.#rateLimit;
  }

  get retryAfterMs(): number | null {
    return parseRetryAfter(this.#rawHeaders);
  }

  /**
   * Every field, for logs: `JSON.stringify(error.meta)`. Safe to log: credential headers (`set-cookie`) show as `***`,
   * and a credential of the request that a header echoes is scrubbed.
   */
  toJSON(): Omit<ResponseMeta, 'headers'> & { headers: Record<string, string> } {
    const { status, statusText, attempts, requestId, rateLimit, retryAfterMs } = this;
    const headers: Record<string, string> = {};
    for (const name in this.#rawHeaders) {
      const value = this.#rawHeaders[name]!;
      headers[name] = isSecretName(name) ? '***' : (this.#redact?.(value) ?? value);
    }
    return { status, statusText, attempts, requestId, headers, rateLimit, retryAfterMs };
  }
}

// A registered symbol, so metadata attached by one copy of @org/core is found by another.
const metaKey = Symbol.for('@org/core.response-meta');

/**
 * Attaches `meta` to a result as hidden (non-enumerable) properties, which never show in JSON, logs or equality: the
 * metadata, and its request id as the official package's `_request_id`.
 */
export function attachResponseMeta<T>(result: T, meta: ResponseMeta): T {
  if (typeof result === 'object' && result !== null && Object.isExtensible(result)) {
    // Two defineProperty calls: one defineProperties with a descriptor map costs about three times as much per result.
    Object.defineProperty(result, metaKey, { value: meta, configurable: true });
    Object.defineProperty(result, '_request_id', { value: meta.requestId, configurable: true, writable: true });
  }
  return result;
}

/** The metadata of a result returned by any call: `getResponseMeta(completion)?.requestId`. */
export function getResponseMeta(result: unknown): ResponseMeta | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  return (result as { [metaKey]?: ResponseMeta })[metaKey];
}
