import type { FetchLike } from './fetch-like.js';
import { keySafeFetch } from './key-safe-fetch.js';

/**
 * The fetch of a client whose credentials `keySafeFetch` must keep from a redirect (Azure's `api-key`, a provider's). In Node the default transport (undici) never follows a
 * redirect, so only a fetch the user injects needs guarding; the browser build (`redirect-safe-fetch.browser.ts`) guards the
 * platform's too.
 */
export function redirectSafeFetch(fetchImpl: FetchLike | undefined, server: string): FetchLike | undefined {
  return fetchImpl && keySafeFetch(fetchImpl, server);
}
