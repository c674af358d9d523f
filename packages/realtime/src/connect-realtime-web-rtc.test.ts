// The WebRTC helper's parts that run in Node: its options, the offer it posts (against @org/testing's server), its
// types against the DOM's. The call itself runs in Chromium: e2e/browser-realtime.test.ts.
import { AuthenticationError, createClient, InvalidInputError } from '@org/core';
import { errorReply } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { connectRealtimeWebRTC, type RealtimeWebRTCOptions } from './connect-realtime-web-rtc.js';
import { postCallOffer } from './post-call-offer.js';
import type { RealtimeMediaStream, RealtimePeerConnectionConstructor } from './realtime-peer-connection.js';

const server = useTestServer();
const OFFER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
const ANSWER = 'v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';

describe('postCallOffer', () => {
  const answered = {
    status: 201,
    headers: { 'content-type': 'application/sdp', location: '/v1/realtime/calls/rtc_9' },
  };

  it('posts the offer alone as application/sdp with the key, and reads the answer and the call id', async () => {
    server.on('POST', '/realtime/calls', { ...answered, body: ANSWER });
    const client = createClient({ apiKey: 'ek_test', baseURL: server.baseURL });
    await expect(postCallOffer(client, OFFER, undefined, {})).resolves.toEqual({ sdp: ANSWER, callId: 'rtc_9' });
    const request = server.requests[0]!;
    expect(request.headers['content-type']).toBe('application/sdp');
    expect(request.headers.accept).toBe('application/sdp');
    expect(request.headers.authorization).toBe('Bearer ek_test');
    expect(request.text()).toBe(OFFER);
  });

  it('sends the session to start beside the offer as multipart when a model is named', async () => {
    server.on('POST', '/realtime/calls', { ...answered, body: ANSWER });
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL });
    await postCallOffer(client, OFFER, 'gpt-realtime', {});
    const request = server.requests[0]!;
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const body = request.text();
    expect(body).toContain(OFFER);
    expect(body).toContain('{"type":"realtime","model":"gpt-realtime"}');
  });

  it('rejects with the API error of a refused offer, without the key', async () => {
    server.on('POST', '/realtime/calls', errorReply(401, 'Incorrect API key provided: ek_wrong'));
    const client = createClient({ apiKey: 'ek_wrong', baseURL: server.baseURL, maxRetries: 0 });
    const error = await postCallOffer(client, OFFER, undefined, {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).not.toContain('ek_wrong');
  });
});

describe('connectRealtimeWebRTC', () => {
  it('names a wrong option', () => {
    const client = createClient({ apiKey: 'ek_test', baseURL: server.baseURL });
    expect(() => connectRealtimeWebRTC(client, { callId: 'rtc_1' } as never)).toThrow(/options\.callId.*WebRTC/);
    expect(() => connectRealtimeWebRTC(client, { media: {} as never })).toThrow(/options\.media/);
    expect(() => connectRealtimeWebRTC(client, { model: '' })).toThrow(/options\.model/);
    expect(() => connectRealtimeWebRTC(client, { timeout: 0 })).toThrow(/options\.timeout/);
    expect(() => connectRealtimeWebRTC(client, { modle: 'x' } as never)).toThrow(/options\.modle/);
  });

  it('fails to open, naming the option, where the runtime has no RTCPeerConnection', async () => {
    const client = createClient({ apiKey: 'ek_test', baseURL: server.baseURL });
    const call = connectRealtimeWebRTC(client);
    const turn = call.createResponse();
    const error = await call.opened().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(/options\.RTCPeerConnection/);
    await expect(turn.result()).rejects.toBe(error);
    expect(call.callId).toBeUndefined();
    expect(server.requests).toEqual([]);
  });

  it("takes a browser's RTCPeerConnection, MediaStream and audio element as they are", () => {
    expectTypeOf<typeof RTCPeerConnection>().toExtend<RealtimePeerConnectionConstructor>();
    expectTypeOf<MediaStream>().toExtend<RealtimeMediaStream>();
    expectTypeOf<HTMLAudioElement>().toExtend<NonNullable<RealtimeWebRTCOptions['audioElement']>>();
  });
});
