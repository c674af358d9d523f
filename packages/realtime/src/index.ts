// Hand-written: the WebSocket client, its turns and helpers.
export { base64ToBytes, bytesToBase64 } from './base64.js';
export type { RealtimeConnectOptions } from './connect-options.js';
export { connectRealtime } from './connect-realtime.js';
export { connectRealtimeWebRTC, type RealtimeWebRTCOptions } from './connect-realtime-web-rtc.js';
export * from './generated/index.js';
export type { Pcm16Audio } from './pcm16-bytes.js';
export { RealtimeClosedError } from './realtime-closed-error.js';
export {
  RealtimeConnection,
  type RealtimeConnectionState,
  type RealtimeResponseOptions,
  type RealtimeSession,
} from './realtime-connection.js';
export type {
  RealtimeCloseEvent,
  RealtimeLifecycleListeners,
  RealtimeOpenEvent,
  RealtimeReconnectEvent,
  RealtimeServerEventOf,
  RealtimeServerEventType,
  RealtimeUnknownEvent,
} from './realtime-event-types.js';
export type {
  RealtimeDataChannel,
  RealtimeMediaStream,
  RealtimePeerConnection,
  RealtimePeerConnectionConstructor,
  RealtimeTrackEvent,
} from './realtime-peer-connection.js';
export { RealtimeResponseFailedError } from './realtime-response-failed-error.js';
export { RealtimeSendBufferFullError } from './realtime-send-buffer-full-error.js';
export { RealtimeServerError } from './realtime-server-error.js';
export type { RealtimeSessionInput } from './realtime-session-input.js';
export { RealtimeTurn } from './realtime-turn.js';
export type { RealtimeFunctionCall, RealtimeResponseOutput, RealtimeTurnResult } from './realtime-turn-result.js';
export { RealtimeWebRTCConnection } from './realtime-web-rtc-connection.js';
export type { RealtimeWebSocket, RealtimeWebSocketConstructor } from './realtime-web-socket.js';
export type { RealtimeReconnectOptions } from './reconnect-policy.js';
export { toRealtimeTool } from './to-realtime-tool.js';
