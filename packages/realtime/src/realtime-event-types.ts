import type { OpenAIError } from '@org/core';
import type { RealtimeServerEvent } from './generated/types.js';
import type { RealtimeTurn } from './realtime-turn.js';

/**
 * A server event of a type the spec did not know when this SDK was built: passed on as the server sent it. The
 * `RealtimeServerEvent` union lists the types the spec knows; a newer server may send others, so give a `switch` over
 * `event.type` a `default` that ignores what it does not know.
 */
export interface RealtimeUnknownEvent {
  type: string;
  [field: string]: unknown;
}

export type RealtimeServerEventType = RealtimeServerEvent['type'];

/** The event a listener of `type` gets. */
export type RealtimeServerEventOf<Type extends string> = Type extends RealtimeServerEventType
  ? Extract<RealtimeServerEvent, { type: Type }>
  : RealtimeUnknownEvent;

export interface RealtimeOpenEvent {
  /** How many times the connection reconnected before this open: 0 for the first socket. */
  reconnects: number;
}

export interface RealtimeCloseEvent {
  code: number;
  reason: string;
  /** The app closed it (`close()`, or its `signal`). */
  byClient: boolean;
  /** A reconnection follows (see `reconnect`). */
  willReconnect: boolean;
}

export interface RealtimeReconnectEvent {
  /** The attempt this wait leads to: 1 for the first after a drop. */
  attempt: number;
  delayMs: number;
  /** The close that caused it. */
  code: number;
  reason: string;
  /**
   * The turns that were in flight, now rejected with `RealtimeClosedError`: their responses died with the socket.
   * Events sent but not yet confirmed are lost too; events not yet sent go out on the new socket.
   */
  lostTurns: RealtimeTurn[];
}

/** The connection's own events, beside the server's. */
export interface RealtimeLifecycleListeners {
  open: (event: RealtimeOpenEvent) => void;
  close: (event: RealtimeCloseEvent) => void;
  /**
   * Errors as they happen: a server `error` event (`RealtimeServerError`), a frame that is not an event
   * (`StreamError`), a refused handshake (`APIError`), a listener that threw. The promises they concern reject too.
   */
  error: (error: OpenAIError) => void;
  reconnect: (event: RealtimeReconnectEvent) => void;
}
