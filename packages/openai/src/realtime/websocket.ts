// `@org/openai/realtime/websocket`: the official realtime client over the platform's WebSocket.

export type { OfficialRealtimeSocket, RealtimeClientSource } from './official-realtime-connection.js';
export { OpenAIRealtimeWebSocket } from './openai-realtime-web-socket.js';
