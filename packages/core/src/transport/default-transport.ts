import type { Dispatcher } from 'undici';
import { ConfigError } from '../errors/config-error.js';
import { createFetchTransport } from './create-fetch-transport.js';
import { createUndiciTransport } from './create-undici-transport.js';
import type { FetchLike } from './fetch-like.js';
import type { Transport } from './transport.js';

/** Node: undici unless the user injected a fetch. The browser build swaps this file for default-transport.browser.ts. */
export function createDefaultTransport(options: { fetch?: FetchLike; dispatcher?: unknown }): Transport {
  if (options.fetch) return createFetchTransport(options.fetch);
  const { dispatcher } = options;
  // Checked here, not with the other options: only Node sends through one. Else every call fails as a retried
  // connection error.
  if (dispatcher !== undefined && typeof (dispatcher as Partial<Dispatcher> | null)?.dispatch !== 'function') {
    throw new ConfigError('dispatcher', 'expected an undici Dispatcher, such as an Agent or a ProxyAgent');
  }
  return createUndiciTransport(dispatcher as Dispatcher | undefined);
}
