import type { OpenAIError } from '@org/core';

/**
 * What a realtime connection needs of the channel its events travel on: a WebSocket, or a WebRTC data channel, which
 * has the same shape. Text in, text out.
 */
export interface RealtimeTransport {
  /** Bytes handed to `send` and not yet written to the network. */
  readonly bufferedAmount: number;
  send(text: string): void;
  close(code: number, reason: string): void;
}

/** How a transport reports to its connection. `close` comes exactly once, whether or not `open` came first. */
export interface RealtimeTransportHandlers {
  open(): void;
  message(text: string): void;
  close(code: number, reason: string): void;
  /** Why the transport failed, when it knows better than a close code (a refused handshake's status and body). */
  error(error: OpenAIError): void;
}

/** Opens one transport; the connection calls it again to reconnect. */
export type OpenRealtimeTransport = (handlers: RealtimeTransportHandlers) => Promise<RealtimeTransport>;
