import { APIConnectionError } from '@org/core';
import type { RealtimeWebSocket, RealtimeWebSocketConstructor } from './realtime-web-socket.js';
import type { SocketTarget } from './socket-target.js';

/**
 * Calls a WebSocket constructor the way it takes headers, when there are any: the platform's own `WebSocket` takes
 * `(url, { protocols, headers })`, any other `(url, protocols, { headers })` as `ws` does.
 */
export function constructWebSocket(WebSocket: RealtimeWebSocketConstructor, target: SocketTarget): RealtimeWebSocket {
  const { url, headers, protocols } = target;
  const withHeaders = Object.keys(headers).length > 0;
  try {
    if (!withHeaders) return new WebSocket(url, protocols);
    if (WebSocket === (globalThis as { WebSocket?: unknown }).WebSocket) {
      return new (WebSocket as unknown as new (url: string, init: object) => RealtimeWebSocket)(url, {
        protocols,
        headers,
      });
    }
    return new WebSocket(url, protocols, { headers });
  } catch (error) {
    // Its message may quote a subprotocol, which holds the key: only its name is passed on.
    throw new APIConnectionError(`The WebSocket constructor refused the connection (${(error as Error)?.name}).`);
  }
}
