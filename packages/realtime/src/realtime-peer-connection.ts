/**
 * The parts of the WebRTC API the WebRTC helper uses: a browser's own `RTCPeerConnection`, or a library's for another
 * runtime. Declared here, as `RealtimeWebSocket` is, so this package's types do not need the DOM library.
 */
export interface RealtimeDataChannel {
  readonly bufferedAmount: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'open' | 'close', listener: (event: unknown) => void): void;
}

/** A remote track arriving: the model's voice. */
export interface RealtimeTrackEvent {
  readonly track: { readonly kind: string };
  readonly streams: readonly unknown[];
}

/** A media stream whose audio tracks are sent: a microphone's (`getUserMedia`), or any other. */
export interface RealtimeMediaStream {
  getAudioTracks(): readonly unknown[];
}

export interface RealtimePeerConnection {
  readonly connectionState: string;
  readonly localDescription: { readonly sdp: string } | null;
  createDataChannel(label: string): RealtimeDataChannel;
  addTrack(track: never, ...streams: never[]): unknown;
  addTransceiver(kind: 'audio', init: { direction: 'recvonly' }): unknown;
  createOffer(): Promise<{ sdp?: string | undefined; type: string }>;
  setLocalDescription(description: { sdp?: string | undefined; type: never }): Promise<void>;
  setRemoteDescription(description: { type: 'answer'; sdp: string }): Promise<void>;
  addEventListener(type: 'track', listener: (event: RealtimeTrackEvent) => void): void;
  addEventListener(type: 'connectionstatechange', listener: (event: unknown) => void): void;
  close(): void;
}

/** An `RTCPeerConnection` constructor. */
export type RealtimePeerConnectionConstructor = new (configuration?: never) => RealtimePeerConnection;
