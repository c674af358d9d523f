import type { RealtimeTransport, RealtimeTransportHandlers } from './realtime-transport.js';
import type { RealtimeWebSocket } from './realtime-web-socket.js';

const decoder = /* @__PURE__ */ new TextDecoder();

/** A standard WebSocket (a browser's, Node's own, an injected one) as a realtime transport. */
export function wrapWebSocket(socket: RealtimeWebSocket, handlers: RealtimeTransportHandlers): RealtimeTransport {
  socket.addEventListener('open', () => handlers.open());
  socket.addEventListener('message', ({ data }) =>
    handlers.message(typeof data === 'string' ? data : decoder.decode(data as ArrayBuffer)),
  );
  // The close event that follows says what happened; an error event says nothing more (and `ws` would throw without
  // a listener).
  socket.addEventListener('error', () => {});
  socket.addEventListener('close', ({ code, reason }) => handlers.close(code, reason));
  return {
    get bufferedAmount() {
      return socket.bufferedAmount;
    },
    send: (text) => socket.send(text),
    close: (code, reason) => socket.close(code, reason),
  };
}
