import type { Dispatcher } from 'undici';
import { createFetchTransport } from './create-fetch-transport.js';
import { createUndiciTransport } from './create-undici-transport.js';
import type { FetchLike } from './fetch-like.js';
import type { Transport } from './transport.js';

/** Node: undici unless the user injected a fetch. The browser build swaps this file for default-transport.browser.ts. */
export function createDefaultTransport(options: { fetch?: FetchLike; dispatcher?: unknown }): Transport {
  if (options.fetch) return createFetchTransport(options.fetch);
  return createUndiciTransport(options.dispatcher as Dispatcher | undefined);
}
