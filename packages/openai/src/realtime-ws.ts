// `@org/openai/realtime/ws`: the official realtime client over `ws`.

export type { OfficialRealtimeSocket, RealtimeClientSource } from './realtime/official-realtime-connection.js';
export { OpenAIRealtimeWS } from './realtime/openai-realtime-ws.js';
