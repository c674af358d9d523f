import { type Client, InvalidInputError } from '@org/core';
import { isBrowser } from '@org/core/internal';
import type { RealtimeConnectSettings } from './connect-options.js';
import { DEFAULT_AUTH } from './default-auth.js';

/** Where a realtime socket connects, and how it authenticates: headers, or subprotocols. */
export interface SocketTarget {
  url: string;
  /** Empty when the key travels as a subprotocol. */
  headers: Record<string, string>;
  protocols: string[];
}

const KEY_PROTOCOL = 'openai-insecure-api-key.';
// A subprotocol is an HTTP token.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * The URL and credentials of one socket, from the client's handshake: its base URL, default query and headers, and
 * its key (asked of the key provider anew for every socket, so a reconnection gets a fresh ephemeral key).
 */
export async function socketTarget(client: Client, settings: RealtimeConnectSettings): Promise<SocketTarget> {
  const { url, headers } = await client.handshake('/realtime', {
    scheme: 'ws',
    query: settings.query,
    headers: settings.headers,
  });
  delete headers.accept;
  const auth = settings.auth ?? (settings.WebSocket ? 'subprotocol' : DEFAULT_AUTH);
  if (auth === 'header') return { url, headers, protocols: [] };

  if (headers['api-key'] !== undefined) {
    throw new InvalidInputError(
      'options.auth',
      "the client sends its key in an `api-key` header (Azure), which a subprotocol cannot carry: use auth: 'header' with a WebSocket that sends headers, or an ek_ client secret",
    );
  }
  const authorization = headers.authorization;
  const key = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
  if (authorization !== undefined && key === undefined) {
    throw new InvalidInputError('options.auth', 'only a Bearer key can travel as a subprotocol');
  }
  if (key !== undefined && !TOKEN.test(key)) {
    throw new InvalidInputError('options.auth', 'the key holds characters a subprotocol cannot carry');
  }
  if (key !== undefined && !key.startsWith('ek_') && isBrowser() && !settings.dangerouslyAllowBrowser) {
    throw new InvalidInputError(
      'options.dangerouslyAllowBrowser',
      'every visitor of a page can read the key it connects with: connect with an ek_ client secret (createRealtimeClientSecret on your server), or set this to true',
    );
  }
  return { url, headers: {}, protocols: key === undefined ? ['realtime'] : ['realtime', `${KEY_PROTOCOL}${key}`] };
}
