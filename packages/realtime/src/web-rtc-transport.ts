import type { Client } from '@org/core';
import { InvalidInputError } from '@org/core';
import { postCallOffer } from './post-call-offer.js';
import type {
  RealtimeMediaStream,
  RealtimePeerConnection,
  RealtimePeerConnectionConstructor,
  RealtimeTrackEvent,
} from './realtime-peer-connection.js';
import type { RealtimeTransport, RealtimeTransportHandlers } from './realtime-transport.js';

const decoder = /* @__PURE__ */ new TextDecoder();

/** The label of the data channel the Realtime API reads events from. */
const EVENTS_CHANNEL = 'oai-events';

/** What one WebRTC call is made of. */
export interface WebRTCCallSettings {
  media: RealtimeMediaStream | undefined;
  model: string | undefined;
  RTCPeerConnection: RealtimePeerConnectionConstructor | undefined;
  configuration: object | undefined;
  audioElement: { srcObject: unknown } | undefined;
  onTrack: ((event: RealtimeTrackEvent) => void) | undefined;
  timeout: number;
  signal: AbortSignal | undefined;
}

/** The call in progress, as the connection's owner sees it. */
export interface WebRTCCallState {
  peerConnection: RealtimePeerConnection | undefined;
  callId: string | undefined;
}

/**
 * Opens a WebRTC call as a realtime transport: a peer connection carrying the stream's audio tracks (or receiving
 * only, without one) and the `oai-events` data channel; the offer is posted to the calls endpoint and its answer
 * applied. The data channel is the transport: events go both ways on it as on a WebSocket.
 */
export async function openWebRTCTransport(
  client: Client,
  settings: WebRTCCallSettings,
  state: WebRTCCallState,
  handlers: RealtimeTransportHandlers,
): Promise<RealtimeTransport> {
  const Peer =
    settings.RTCPeerConnection ??
    (globalThis as { RTCPeerConnection?: RealtimePeerConnectionConstructor }).RTCPeerConnection;
  if (!Peer) {
    throw new InvalidInputError(
      'options.RTCPeerConnection',
      'this runtime has no RTCPeerConnection: pass one, or connect over a WebSocket with connectRealtime',
    );
  }
  const peer = new Peer(settings.configuration as never);
  state.peerConnection = peer;
  let ended = false;
  const end = (code: number, reason: string) => {
    if (ended) return;
    ended = true;
    peer.close();
    handlers.close(code, reason);
  };
  try {
    peer.addEventListener('track', (event) => {
      if (settings.audioElement && event.track.kind === 'audio') settings.audioElement.srcObject = event.streams[0];
      settings.onTrack?.(event);
    });
    const tracks = settings.media?.getAudioTracks() ?? [];
    for (const track of tracks) peer.addTrack(track as never, settings.media as never);
    if (tracks.length === 0) peer.addTransceiver('audio', { direction: 'recvonly' });
    const channel = peer.createDataChannel(EVENTS_CHANNEL);
    channel.addEventListener('open', () => handlers.open());
    channel.addEventListener('message', ({ data }) =>
      handlers.message(typeof data === 'string' ? data : decoder.decode(data as ArrayBuffer)),
    );
    // The server hung up, or the network went: a drop, as a WebSocket cut off would be.
    channel.addEventListener('close', () => end(1006, ''));
    peer.addEventListener('connectionstatechange', () => {
      if (peer.connectionState === 'failed') end(1006, '');
    });

    const offer = await peer.createOffer();
    await peer.setLocalDescription(offer as never);
    const answer = await postCallOffer(client, peer.localDescription?.sdp ?? offer.sdp ?? '', settings.model, {
      timeout: settings.timeout,
      signal: settings.signal,
    });
    state.callId = answer.callId;
    await peer.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
    return {
      get bufferedAmount() {
        return channel.bufferedAmount;
      },
      send: (text) => channel.send(text),
      // Closing the peer connection ends the call; the data channel has no close code of its own to send.
      close: (code, reason) => {
        channel.close();
        end(code, reason);
      },
    };
  } catch (error) {
    ended = true;
    peer.close();
    throw error;
  }
}
