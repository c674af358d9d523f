// A WebRTC call answered by `realtimeCallAnswer`, made here by a werift peer in Node (the browser's side runs in
// Chromium: e2e/browser-realtime.test.ts).

import { afterEach, beforeEach, expect, it } from 'vitest';
import { RTCPeerConnection } from 'werift';
import { startLocalStunResponder } from './local-stun-responder.js';
import { realtimeCallAnswer } from './realtime-call-answer.js';
import { realtimeResponse } from './realtime-response.js';
import { startTestServer, type TestServer } from './start-test-server.js';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

it('answers an offer with a WebRTC peer and relays its data channel to the realtime endpoint', async () => {
  server.on('POST', '/realtime/calls', realtimeCallAnswer(server, { callId: 'rtc_node_1' }));
  server.realtime.on('response.create', realtimeResponse({ text: 'Hi' }));
  const stun = await startLocalStunResponder();
  const peer = new RTCPeerConnection({ iceServers: [{ urls: stun.url }], iceUseIpv6: false });
  try {
    peer.addTransceiver('audio', { direction: 'recvonly' });
    const channel = peer.createDataChannel('oai-events');
    const received: string[] = [];
    const responded = new Promise<void>((resolve) =>
      channel.onMessage.subscribe((data) => {
        received.push((JSON.parse(data.toString()) as { type: string }).type);
        if (received.includes('response.done')) resolve();
      }),
    );
    const opened = new Promise<void>((resolve) =>
      channel.stateChanged.subscribe((state) => state === 'open' && resolve()),
    );
    await peer.setLocalDescription(await peer.createOffer());
    const reply = await fetch(`${server.baseURL}/realtime/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/sdp', authorization: 'Bearer ek_node' },
      body: peer.localDescription?.sdp,
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('content-type')).toBe('application/sdp');
    expect(reply.headers.get('location')).toBe('/v1/realtime/calls/rtc_node_1');
    const answer = await reply.text();
    expect(answer).toMatch(/^m=audio .*$/m);
    // The client only receives: the peer sends.
    expect(answer).toMatch(/^a=sendonly$/m);
    await peer.setRemoteDescription({ type: 'answer', sdp: answer });
    await opened;
    channel.send(JSON.stringify({ type: 'response.create', event_id: 'event_1' }));
    await responded;

    expect(received[0]).toBe('session.created');
    expect(received).toContain('response.output_text.delta');
    const [connection] = server.realtime.connections;
    expect(connection?.handshake.query.get('call_id')).toBe('rtc_node_1');
    expect(connection?.handshake.headers.authorization).toBe('Bearer ek_node');
    expect(connection?.events).toEqual([{ type: 'response.create', event_id: 'event_1' }]);
  } finally {
    await peer.close();
    stun.close();
  }
}, 30_000);

it('refuses a body that is not an SDP offer with a 400', async () => {
  server.on('POST', '/realtime/calls', realtimeCallAnswer(server));
  const reply = await fetch(`${server.baseURL}/realtime/calls`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(reply.status).toBe(400);
  expect(((await reply.json()) as { error: { param: string } }).error.param).toBe('sdp');
});
