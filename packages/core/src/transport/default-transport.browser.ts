import { ConfigError } from '../errors/config-error.js';
import { createFetchTransport } from './create-fetch-transport.js';
import type { FetchLike } from './fetch-like.js';
import type { Transport } from './transport.js';

/** Browsers, workers, Deno and Bun: the platform fetch (bound, since some browsers reject an unbound call). */
export function createDefaultTransport(options: { fetch?: FetchLike; dispatcher?: unknown }): Transport {
  if (options.fetch) return createFetchTransport(options.fetch);
  if (typeof globalThis.fetch !== 'function') {
    throw new ConfigError('fetch', 'this runtime has no global fetch; pass one in the client options');
  }
  return createFetchTransport(globalThis.fetch.bind(globalThis));
}
