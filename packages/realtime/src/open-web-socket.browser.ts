import { InvalidInputError } from '@org/core';
import { constructWebSocket } from './construct-web-socket.js';
import type { RealtimeTransport, RealtimeTransportHandlers } from './realtime-transport.js';
import type { RealtimeWebSocketConstructor } from './realtime-web-socket.js';
import type { SocketTarget } from './socket-target.js';
import { wrapWebSocket } from './wrap-web-socket.js';

/** Opens a socket with the given constructor, or the platform's `WebSocket`. */
export async function openWebSocket(
  target: SocketTarget,
  handlers: RealtimeTransportHandlers,
  WebSocket: RealtimeWebSocketConstructor | undefined,
): Promise<RealtimeTransport> {
  const platform = WebSocket ?? (globalThis as { WebSocket?: RealtimeWebSocketConstructor }).WebSocket;
  if (!platform) throw new InvalidInputError('options.WebSocket', 'this runtime has no WebSocket: pass a constructor');
  return wrapWebSocket(constructWebSocket(platform, target), handlers);
}
