import { InvalidInputError } from '@org/core';
import { constructWebSocket } from './construct-web-socket.js';
import type { RealtimeTransport, RealtimeTransportHandlers } from './realtime-transport.js';
import type { RealtimeWebSocketConstructor } from './realtime-web-socket.js';
import type { SocketTarget } from './socket-target.js';
import { wrapWebSocket } from './wrap-web-socket.js';
import { type WsConstructor, wsTransport } from './ws-transport.js';

let wsPackage: Promise<WsConstructor | undefined> | undefined;

/** The `ws` package's WebSocket, when it is installed (an optional peer dependency). */
function loadWs(): Promise<WsConstructor | undefined> {
  wsPackage ??= import('ws').then(
    (module: { WebSocket?: unknown; default?: unknown }) => (module.WebSocket ?? module.default) as WsConstructor,
    () => undefined,
  );
  return wsPackage;
}

/** Opens a socket with the given constructor, else with `ws`, else with Node's own `WebSocket` (22 and later). */
export async function openWebSocket(
  target: SocketTarget,
  handlers: RealtimeTransportHandlers,
  WebSocket: RealtimeWebSocketConstructor | undefined,
): Promise<RealtimeTransport> {
  if (WebSocket) return wrapWebSocket(constructWebSocket(WebSocket, target), handlers);
  const ws = await loadWs();
  if (ws) return wsTransport(ws, target, handlers);
  const platform = (globalThis as { WebSocket?: RealtimeWebSocketConstructor }).WebSocket;
  if (platform) return wrapWebSocket(constructWebSocket(platform, target), handlers);
  throw new InvalidInputError(
    'options.WebSocket',
    'this Node has no WebSocket (Node 22 has one): install the ws package, or pass a WebSocket constructor',
  );
}
