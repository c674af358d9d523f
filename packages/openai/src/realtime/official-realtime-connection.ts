import { type Client, createClient } from '@org/core';
import { connectRealtime, type RealtimeConnection, type RealtimeConnectOptions } from '@org/realtime';

/** What the official classes take as their client: an `OpenAI` or `AzureOpenAI` of this package (or a core client). */
export type RealtimeClientSource = { readonly client: Client } | Client;

/** The socket's lifecycle as the official `rt.socket` offers it: `on` (ws) and `addEventListener` (WebSocket). */
export interface OfficialRealtimeSocket {
  on(type: 'open' | 'close', listener: () => void): void;
  addEventListener(type: 'open' | 'close', listener: () => void): void;
}

/**
 * A `RealtimeConnection` from `@org/realtime` with the official class's extras: `socket` for the open and close
 * events, and `close({ code, reason })`. Every other member (typed `on`, `send`, `updateSession`, turns) is the
 * connection's own.
 */
export type OfficialRealtimeConnection = Omit<RealtimeConnection, 'close'> & {
  readonly socket: OfficialRealtimeSocket;
  close(props?: { code?: number; reason?: string }): Promise<void>;
};

function clientOf(source: RealtimeClientSource | undefined): Client {
  if (source === undefined) return createClient();
  return 'client' in source ? source.client : source;
}

/** Opens the connection of `new OpenAIRealtimeWS(...)` / `new OpenAIRealtimeWebSocket(...)`. */
export function openOfficialRealtime(
  props: RealtimeConnectOptions,
  source: RealtimeClientSource | undefined,
): OfficialRealtimeConnection {
  const connection = connectRealtime(clientOf(source), props);
  const closeConnection = connection.close.bind(connection);
  const listen = (type: 'open' | 'close', listener: () => void) => {
    connection.on(type, () => listener());
  };
  return Object.assign(connection, {
    socket: { on: listen, addEventListener: listen },
    close: (options: { code?: number; reason?: string } = {}) => closeConnection(options.code, options.reason),
  }) as unknown as OfficialRealtimeConnection;
}
