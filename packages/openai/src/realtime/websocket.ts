// `@org/openai/realtime/websocket`: the official realtime client over the platform's WebSocket. It is the same class
// as `OpenAIRealtimeWS`: either picks the environment's WebSocket (the platform's in browsers, workers, Deno and Bun,
// where the key goes as a subprotocol, an ephemeral `ek_…` secret; `ws` or Node's own in Node).

export type { OfficialRealtimeSocket, RealtimeClientSource } from './official-realtime-connection.js';
export { OpenAIRealtimeWS as OpenAIRealtimeWebSocket } from './openai-realtime-ws.js';
