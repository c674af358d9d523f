import type { Client } from '@org/core';
import { type RealtimeConnectOptions, resolveConnectOptions } from './connect-options.js';
import { openWebSocket } from './open-web-socket.js';
import { RealtimeConnection } from './realtime-connection.js';
import { socketTarget } from './socket-target.js';

/**
 * Opens a realtime session over a WebSocket and returns its connection at once (no `await`): listen, send, ask for
 * responses right away; what is sent before the socket opens waits for it. `await connection.opened()` to know it is
 * open. The socket is opened as the client's calls are sent: its base URL, default query and headers, its key (or
 * key provider); in a browser the key must be an ephemeral client secret (`ek_…`).
 */
export function connectRealtime(client: Client, options: RealtimeConnectOptions = {}): RealtimeConnection {
  const settings = resolveConnectOptions(options);
  return new RealtimeConnection(
    async (handlers) => openWebSocket(await socketTarget(client, settings), handlers, settings.WebSocket),
    settings,
  );
}
