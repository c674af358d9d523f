/** What a client sent in its WebSocket upgrade request. */
export interface RealtimeHandshake {
  /** Raw path as received, without the query. */
  path: string;
  query: URLSearchParams;
  /** Lowercased names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** The subprotocols the client offered (`Sec-WebSocket-Protocol`), in order. */
  protocols: string[];
}

/** A client event as received: the parsed JSON, or `{ raw }` for a frame that was not a JSON object. */
export interface RecordedRealtimeEvent {
  type: string;
  event_id?: string;
  [key: string]: unknown;
}

/** One realtime WebSocket connection, as the endpoint saw it. */
export interface RecordedRealtimeConnection {
  /** Position among every connection the endpoint accepted or refused, from 0. */
  index: number;
  handshake: RealtimeHandshake;
  /** Client events in arrival order. */
  events: RecordedRealtimeEvent[];
  /** The session as `session.update` events have built it (top-level fields merged), as `session.updated` echoes it. */
  session: Record<string, unknown>;
  /** The upgrade was refused with this status (see `onConnect({ reject })`). */
  refusedWith?: number;
  /** Whether the socket is closed, and how: the code and reason the close carried (1006 when it was cut off). */
  closed: boolean;
  closeCode?: number;
  closeReason?: string;
}
