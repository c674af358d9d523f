import type { RecordedRealtimeConnection, RecordedRealtimeEvent } from './recorded-realtime-connection.js';

/** A server event: any object with a `type`, sent as JSON exactly as given. */
export interface RealtimeServerEventStep {
  type: string;
  [key: string]: unknown;
}

/**
 * One thing the endpoint does on a connection, in order: send a server event (anything with a `type`), send raw text
 * (`{ raw }`, e.g. a frame that is not JSON), wait (`{ delayMs }`), close with a code (`{ close, reason? }`), destroy
 * the socket with no close frame (`{ destroy: true }`: the client sees 1006), or stop answering for good while the
 * socket stays open (`{ stall: true }`).
 */
export type RealtimeStep =
  | RealtimeServerEventStep
  | { raw: string }
  | { delayMs: number }
  | { close: number; reason?: string }
  | { destroy: true }
  | { stall: true };

/**
 * What the endpoint does in reply to a client event: steps, or a function of the event (and its connection) that
 * returns them. A function that throws sends an `error` event naming the failure.
 */
export type RealtimeReply =
  | RealtimeStep[]
  | ((
      event: RecordedRealtimeEvent,
      connection: RecordedRealtimeConnection,
    ) => RealtimeStep[] | Promise<RealtimeStep[]>);

/** Refuses the WebSocket upgrade with an HTTP status and an OpenAI-style error body. */
export interface RealtimeRefusal {
  reject: number;
  message?: string;
  code?: string;
}

/**
 * What a new connection is sent once open: steps, or a function of the connection; or a refusal of the upgrade.
 * By default a `session.created`.
 */
export type RealtimeConnectReply =
  | RealtimeStep[]
  | ((connection: RecordedRealtimeConnection) => RealtimeStep[] | Promise<RealtimeStep[]>)
  | RealtimeRefusal;
