import { type Client, InvalidInputError } from '@org/core';
import { type RealtimeConnectOptions, resolveConnectOptions } from './connect-options.js';
import type {
  RealtimeMediaStream,
  RealtimePeerConnectionConstructor,
  RealtimeTrackEvent,
} from './realtime-peer-connection.js';
import { RealtimeWebRTCConnection } from './realtime-web-rtc-connection.js';
import { openWebRTCTransport, type WebRTCCallState } from './web-rtc-transport.js';

/** Options of `connectRealtimeWebRTC`: those of `connectRealtime` that are not about a WebSocket, and the media. */
export interface RealtimeWebRTCOptions
  extends Pick<
    RealtimeConnectOptions,
    'session' | 'tools' | 'maxSteps' | 'reconnect' | 'maxBufferedBytes' | 'timeout' | 'signal'
  > {
  /**
   * Whose audio the model hears: a microphone's stream (`navigator.mediaDevices.getUserMedia({ audio: true })`) or any
   * other. Its audio tracks are sent; without one, the call only receives audio.
   */
  media?: RealtimeMediaStream;
  /**
   * The model of the session to start, sent with the offer. Leave it out with an ephemeral client secret, whose
   * session says it: the offer is then sent alone, as `application/sdp`.
   */
  model?: string;
  /** Plays the model's voice: an `<audio autoplay>` element, whose `srcObject` becomes the remote stream. */
  audioElement?: { srcObject: unknown };
  /** Hears each remote track as it arrives (the model's audio). */
  onTrack?: (event: RealtimeTrackEvent) => void;
  /** An `RTCPeerConnection` constructor for a runtime that has none of its own; the platform's by default. */
  RTCPeerConnection?: RealtimePeerConnectionConstructor;
  /** The peer connection's configuration (`iceServers`, …). */
  rtcConfiguration?: object;
}

const webRTCOnly = ['media', 'model', 'audioElement', 'onTrack', 'RTCPeerConnection', 'rtcConfiguration'] as const;
const webSocketOnly = new Set(['deployment', 'callId', 'intent', 'query', 'headers', 'WebSocket', 'auth']);

/**
 * Starts a realtime call over WebRTC, in a browser: a peer connection sends the media stream's audio and plays the
 * model's, and its data channel carries the same typed events as `connectRealtime`'s WebSocket, with the same
 * helpers (`send`, `on`, `for await`, `addMessage`, `createResponse`, tools). The offer is posted to
 * `POST /realtime/calls` with the client's key, an ephemeral client secret (`ek_…`) in a page. Returns the connection
 * at once; `await connection.opened()` to know the data channel is open, `connection.callId` names the call for a
 * sideband connection from your server.
 */
export function connectRealtimeWebRTC(client: Client, options: RealtimeWebRTCOptions = {}): RealtimeWebRTCConnection {
  if (typeof options !== 'object' || options === null) throw new InvalidInputError('options', 'expected an object');
  const rest: Record<string, unknown> = { ...options };
  for (const name of webRTCOnly) delete rest[name];
  for (const name in rest) {
    if (webSocketOnly.has(name)) throw new InvalidInputError(`options.${name}`, 'not an option of a WebRTC call');
  }
  const settings = resolveConnectOptions(rest as RealtimeConnectOptions);
  const { media, model, audioElement, onTrack, RTCPeerConnection } = options;
  if (media !== undefined && typeof media?.getAudioTracks !== 'function') {
    throw new InvalidInputError('options.media', 'expected a MediaStream');
  }
  if (model !== undefined && (typeof model !== 'string' || model === '')) {
    throw new InvalidInputError('options.model', 'expected a non-empty string');
  }
  if (onTrack !== undefined && typeof onTrack !== 'function') {
    throw new InvalidInputError('options.onTrack', 'expected a function');
  }
  if (RTCPeerConnection !== undefined && typeof RTCPeerConnection !== 'function') {
    throw new InvalidInputError('options.RTCPeerConnection', 'expected an RTCPeerConnection constructor');
  }
  const call = {
    media,
    model,
    RTCPeerConnection,
    configuration: options.rtcConfiguration,
    audioElement,
    onTrack,
    timeout: settings.timeout,
    signal: settings.signal,
  };
  const state: WebRTCCallState = { peerConnection: undefined, callId: undefined };
  return new RealtimeWebRTCConnection(
    (handlers) => openWebRTCTransport(client, call, state, handlers),
    settings,
    state,
  );
}
