import type { FetchLike } from './fetch-like.js';
import { keySafeFetch } from './key-safe-fetch.js';

/** Browsers, workers, Deno and Bun send with `fetch`, which follows redirects: guard the platform's as well. */
export function redirectSafeFetch(fetchImpl: FetchLike | undefined, server: string): FetchLike | undefined {
  const platformFetch = typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined;
  const chosen = fetchImpl ?? platformFetch;
  return chosen && keySafeFetch(chosen, server);
}
