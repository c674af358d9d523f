import { buildHeaders } from '../request/build-headers.js';
import { buildURL } from '../request/build-url.js';
import type { HeadersLike } from '../request/header-entries.js';
import { askKeyProvider } from './ask-key-provider.js';
import type { ClientConfig } from './client-config.js';
import { KEY_HEADER } from './key-header.js';

export interface HandshakeOptions {
  /** `ws` for a WebSocket: the URL's scheme becomes `ws:` or `wss:`. */
  scheme?: 'http' | 'ws';
  /** Query parameters over the client's default query. */
  query?: Record<string, unknown>;
  /** Headers over the client's own, as a call's `headers` option; `null` removes one. */
  headers?: HeadersLike;
}

/** Where and how to connect: what an HTTP call to the same path would send, less its body. */
export interface Handshake {
  url: string;
  /** Lowercased names; `authorization` carries the key, from the key provider when the client has one. */
  headers: Record<string, string>;
}

/**
 * The URL and headers of a connection to `path` made with the client's configuration (base URL, default query and
 * headers, key or key provider), so a WebSocket opens exactly as an HTTP call of the same client would.
 */
export async function handshake(
  config: ClientConfig,
  path: string,
  options: HandshakeOptions = {},
): Promise<Handshake> {
  const url = buildURL(config, { method: 'GET', path }, options.query);
  const headers = buildHeaders(config, options.headers);
  const { apiKey } = config;
  if (headers.authorization === KEY_HEADER) {
    headers.authorization = `Bearer ${typeof apiKey === 'string' ? apiKey : await askKeyProvider(apiKey)}`;
  }
  return { url: options.scheme === 'ws' ? url.replace(/^http/, 'ws') : url, headers };
}
