import { APIConnectionError } from '@org/core';
import { apiErrorFromReply } from '@org/core/internal';
import type { RealtimeTransport, RealtimeTransportHandlers } from './realtime-transport.js';
import type { SocketTarget } from './socket-target.js';

/** The part of a `ws` WebSocket this uses; its own types stay out of this package's. */
interface WsSocket {
  readonly bufferedAmount: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  on(event: 'open', listener: () => void): void;
  on(event: 'message', listener: (data: { toString(): string }) => void): void;
  on(event: 'close', listener: (code: number, reason: { toString(): string }) => void): void;
  on(event: 'error', listener: (error: Error & { code?: string }) => void): void;
  on(event: 'unexpected-response', listener: RefusalListener): void;
  off(event: 'unexpected-response', listener: RefusalListener): void;
}

type RefusalListener = (request: unknown, reply: RefusalReply) => void;

interface RefusalReply {
  statusCode?: number;
  headers: Record<string, string | string[] | undefined>;
  setEncoding(encoding: 'utf8'): void;
  on(event: 'data', listener: (chunk: string) => void): void;
  on(event: 'end' | 'error' | 'close', listener: () => void): void;
}

export type WsConstructor = new (
  url: string,
  protocols: string[],
  options: { headers: object; perMessageDeflate: boolean },
) => WsSocket;

/** The most of a refused handshake's body that is read for its error. */
const MAX_REFUSAL_BYTES = 64 * 1024;

/**
 * A socket of the `ws` package as a realtime transport. Its own events are used rather than its standard ones, which
 * wrap every message in an event object; and a refused handshake is reported as the `APIError` its status and body
 * make (an `AuthenticationError` for a wrong key), where a standard WebSocket only says it closed.
 */
export function wsTransport(
  WebSocket: WsConstructor,
  target: SocketTarget,
  handlers: RealtimeTransportHandlers,
): RealtimeTransport {
  // No permessage-deflate: events are small or base64 audio, and inflating every frame costs more CPU and latency
  // than the bandwidth it saves (the official client turns it off too).
  const socket = new WebSocket(target.url, target.protocols, { headers: target.headers, perMessageDeflate: false });
  // Set once the socket opened or a refusal was read: an error after either says no more than its close will.
  let settled = false;
  const refused = refusalListener(socket, target.headers, {
    ...handlers,
    error: (error) => {
      settled = true;
      handlers.error(error);
    },
  });
  socket.on('unexpected-response', refused);
  socket.on('open', () => {
    settled = true;
    // Only a handshake is refused: the listener, and the credentials it holds for scrubbing, can go.
    socket.off('unexpected-response', refused);
    handlers.open();
  });
  socket.on('message', (data) => handlers.message(data.toString()));
  socket.on('error', (error) => {
    // No connection at all (refused, unreachable, TLS): the same error an HTTP call gets, told before the close.
    if (settled) return;
    settled = true;
    handlers.error(
      new APIConnectionError(`Could not open the realtime socket: ${error.code ?? error.message}`, { cause: error }),
    );
  });
  socket.on('close', (code, reason) => handlers.close(code, reason.toString()));
  return {
    get bufferedAmount() {
      return socket.bufferedAmount;
    },
    send: (text) => socket.send(text),
    close: (code, reason) => {
      // Closed by this side (the app, or the open timeout), which has said why already.
      settled = true;
      socket.close(code, reason);
    },
  };
}

/** Reads a refused handshake's reply into the `APIError` it makes, then cuts the socket. */
function refusalListener(
  socket: WsSocket,
  sentHeaders: Record<string, string>,
  handlers: RealtimeTransportHandlers,
): RefusalListener {
  return (_request, reply) => {
    let body = '';
    const done = () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(reply.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      handlers.error(apiErrorFromReply(reply.statusCode ?? 0, headers, body, sentHeaders));
      socket.terminate();
    };
    reply.setEncoding('utf8');
    reply.on('data', (chunk) => {
      if (body.length < MAX_REFUSAL_BYTES) body += chunk;
    });
    reply.on('end', done);
    reply.on('error', () => socket.terminate());
  };
}
