/**
 * The standard WebSocket surface the client relies on: a browser's, Node 22's, Bun's and Deno's `WebSocket`, the `ws`
 * package's. Methods rather than `on…` properties, so each of those types is assignable to it.
 */
export interface RealtimeWebSocket {
  readonly bufferedAmount: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
  addEventListener(type: 'open' | 'error', listener: (event: unknown) => void): void;
}

/**
 * A WebSocket constructor: the standard `(url, protocols)`; one that takes headers takes them as `ws` does,
 * `(url, protocols, { headers })`, unless it is the platform's own `WebSocket` (Node 22, Bun, Deno), which takes
 * `(url, { protocols, headers })`.
 */
export type RealtimeWebSocketConstructor = new (
  url: string,
  protocols?: string | string[],
  options?: { headers?: Record<string, string> },
) => RealtimeWebSocket;
