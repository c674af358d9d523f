import type { HookRequest } from '../hooks/hooks.js';
import type { TransportBody } from '../transport/transport.js';

/**
 * A third-party host of the API that owns a client's endpoint and credentials (`bedrock()`, `vertex()` from
 * `@org/core/providers/*`). With one, `apiKey`, `baseURL` and the `OPENAI_*` credential variables are not used.
 */
export interface Provider {
  /** Named in errors: `bedrock`, `vertex`. */
  readonly name: string;
  /** Where calls go: an absolute http(s) URL without credentials, query or fragment. */
  readonly baseURL: string;
  /**
   * Called before every attempt, retries included, after the `beforeRequest` hook and under the call's signal and
   * total timeout: sets the credential in `request.headers` (lowercased names), signing `body` if it must. `body` is
   * what will be sent; a one-shot stream (an `AsyncIterable`) cannot be read here without being lost to the send.
   */
  prepareRequest(request: HookRequest, body: TransportBody | undefined): void | Promise<void>;
}
