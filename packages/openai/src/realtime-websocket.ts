// `@org/openai/realtime/websocket`: the official realtime client over the platform's WebSocket.

export type { OfficialRealtimeSocket, RealtimeClientSource } from './realtime/official-realtime-connection.js';
export { OpenAIRealtimeWebSocket } from './realtime/openai-realtime-web-socket.js';
