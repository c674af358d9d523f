// `@org/openai/realtime/ws`: the official realtime client over `ws`.

export type { OfficialRealtimeSocket, RealtimeClientSource } from './official-realtime-connection.js';
export { OpenAIRealtimeWS } from './openai-realtime-ws.js';
