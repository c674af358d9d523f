import { WebSocket } from 'ws';
import { startLocalStunResponder } from './local-stun-responder.js';
import type { RecordedRequest } from './recorded-request.js';
import type { ReplySpec } from './reply.js';

export interface RealtimeCallAnswerOptions {
  /** The call's id, given in the reply's `Location`; `rtc_test_1`, `rtc_test_2`, … by default. */
  callId?: string;
  /** Milliseconds a call may wait for its data channel before its peer gives up; 30 000 by default. */
  channelTimeoutMs?: number;
}

/** The part of werift this uses: its types stay out of this package's. */
interface WeriftModule {
  RTCPeerConnection: new (config: object) => WeriftPeer;
}
interface WeriftPeer {
  readonly connectionState: string;
  readonly localDescription: { sdp: string } | undefined;
  readonly onDataChannel: { subscribe(listener: (channel: WeriftChannel) => void): unknown };
  readonly connectionStateChange: { subscribe(listener: (state: string) => void): unknown };
  getTransceivers(): Array<{ kind: string; setDirection(direction: string): void }>;
  setRemoteDescription(description: { type: 'offer'; sdp: string }): Promise<unknown>;
  createAnswer(): Promise<unknown>;
  setLocalDescription(description: unknown): Promise<unknown>;
  close(): Promise<void>;
}
interface WeriftChannel {
  readonly label: string;
  readonly readyState: string;
  readonly onMessage: { subscribe(listener: (data: string | Buffer) => void): unknown };
  readonly stateChanged: { subscribe(listener: (state: string) => void): unknown };
  send(data: string): void;
  close(): void;
}

let werift: Promise<WeriftModule> | undefined;

/**
 * A reply to `POST /realtime/calls` that answers a WebRTC offer with a real peer in this process (the `werift`
 * package, an optional peer dependency: `npm i -D werift`), as the Realtime API's media server would: a 201 with the
 * SDP answer and the call's `Location`. The offer may come alone (`application/sdp`) or as the `sdp` part of a
 * multipart body. The peer takes the client's audio and offers audio back (it sends no packets), and relays the
 * `oai-events` data channel to this server's realtime endpoint as a connection to the call (`?call_id=`, with the
 * offer's `Authorization`), so `server.realtime`'s scripts answer the events and its recordings show them.
 *
 * ```ts
 * server.on('POST', '/realtime/calls', realtimeCallAnswer(server));
 * ```
 */
export function realtimeCallAnswer(
  server: { readonly realtime: { readonly url: string } },
  options: RealtimeCallAnswerOptions = {},
): (request: RecordedRequest) => Promise<ReplySpec> {
  let calls = 0;
  return async (request) => {
    const offer = offerOf(request);
    if (offer === undefined) {
      return {
        status: 400,
        json: { error: { message: 'Expected an SDP offer.', type: 'invalid_request_error', param: 'sdp', code: null } },
      };
    }
    werift ??= import('werift').then(
      (module) => module as unknown as WeriftModule,
      () => {
        werift = undefined;
        throw new Error('realtimeCallAnswer answers with a WebRTC peer from the werift package: npm i -D werift');
      },
    );
    const { RTCPeerConnection } = await werift;
    const callId = options.callId ?? `rtc_test_${++calls}`;
    const stun = await startLocalStunResponder();
    const peer = new RTCPeerConnection({ iceServers: [{ urls: stun.url }], iceUseIpv6: false });
    try {
      const giveUp = setTimeout(() => void peer.close(), options.channelTimeoutMs ?? 30_000);
      giveUp.unref();
      peer.onDataChannel.subscribe((channel) => {
        clearTimeout(giveUp);
        relay(channel, `${server.realtime.url}?call_id=${encodeURIComponent(callId)}`, request, peer);
      });
      await peer.setRemoteDescription({ type: 'offer', sdp: offer });
      for (const transceiver of peer.getTransceivers()) {
        if (transceiver.kind === 'audio') transceiver.setDirection('sendrecv');
      }
      await peer.setLocalDescription(await peer.createAnswer());
      return {
        status: 201,
        headers: { 'content-type': 'application/sdp', location: `/v1/realtime/calls/${callId}` },
        body: peer.localDescription?.sdp ?? '',
      };
    } catch (error) {
      await peer.close();
      throw error;
    } finally {
      stun.close();
    }
  };
}

function offerOf(request: RecordedRequest): string | undefined {
  if (request.parts) return request.parts.find((part) => part.name === 'sdp')?.text();
  const text = request.text();
  return text.startsWith('v=') ? text : undefined;
}

/** Passes events both ways between the data channel and a socket to the realtime endpoint; either end closes both. */
function relay(channel: WeriftChannel, url: string, request: RecordedRequest, peer: WeriftPeer): void {
  const authorization = request.headers.authorization;
  const socket = new WebSocket(url, ['realtime'], { headers: authorization ? { authorization } : {} });
  const early: string[] = [];
  socket.on('open', () => {
    for (const text of early.splice(0)) socket.send(text);
  });
  const waiting: string[] = [];
  socket.on('message', (data: Buffer) => {
    if (channel.readyState === 'open') channel.send(data.toString());
    else waiting.push(data.toString());
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    channel.close();
    void peer.close();
  });
  channel.onMessage.subscribe((data) => {
    const text = data.toString();
    if (socket.readyState === WebSocket.OPEN) socket.send(text);
    else early.push(text);
  });
  channel.stateChanged.subscribe((state) => {
    if (state === 'open') for (const text of waiting.splice(0)) channel.send(text);
    if (state === 'closed') socket.close();
  });
  peer.connectionStateChange.subscribe((state) => {
    if (state === 'closed' || state === 'failed') socket.close();
  });
}
