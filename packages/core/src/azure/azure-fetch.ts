import type { FetchLike } from '../transport/fetch-like.js';
import { keySafeFetch } from './key-safe-fetch.js';

/**
 * The fetch of an Azure client that sends an `api-key`. In Node the default transport (undici) never follows a
 * redirect, so only a fetch the user injects needs guarding; the browser build (`azure-fetch.browser.ts`) guards the
 * platform's too.
 */
export function azureFetch(fetchImpl: FetchLike | undefined): FetchLike | undefined {
  return fetchImpl && keySafeFetch(fetchImpl);
}
