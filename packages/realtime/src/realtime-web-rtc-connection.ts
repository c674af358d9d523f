import type { RealtimeConnectSettings } from './connect-options.js';
import { RealtimeConnection } from './realtime-connection.js';
import type { RealtimePeerConnection } from './realtime-peer-connection.js';
import type { OpenRealtimeTransport } from './realtime-transport.js';
import type { WebRTCCallState } from './web-rtc-transport.js';

/**
 * A realtime connection over a WebRTC call (`connectRealtimeWebRTC`): everything a `RealtimeConnection` does, over
 * the call's data channel, and the call itself.
 */
export class RealtimeWebRTCConnection extends RealtimeConnection {
  readonly #call: WebRTCCallState;

  /** Made by `connectRealtimeWebRTC`. */
  constructor(open: OpenRealtimeTransport, settings: RealtimeConnectSettings, call: WebRTCCallState) {
    super(open, settings);
    this.#call = call;
  }

  /** The call's id, once the server has answered the offer: connect to it from your server (`callId`) to steer it. */
  get callId(): string | undefined {
    return this.#call.callId;
  }

  /** The peer connection of the call (the latest, after a reconnection), once it is made. */
  get peerConnection(): RealtimePeerConnection | undefined {
    return this.#call.peerConnection;
  }
}
