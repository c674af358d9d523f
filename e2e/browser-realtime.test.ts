// Realtime in real Chromium, bundled from the built packages, with an ephemeral key as a page holds one: a text turn
// over the browser's own WebSocket, and a WebRTC call made by `connectRealtimeWebRTC` from Chromium's fake
// microphone, its data channel carrying a text turn.
//
// What the WebRTC half proves: the helper takes a real MediaStream, makes a real offer (audio sent, `oai-events` data
// channel), posts it to `POST /realtime/calls` as `application/sdp` with the ephemeral key, applies the answer, reads
// the call id from `Location`, plays the remote audio track, and speaks the typed events over the data channel. What
// it does not: the answering peer is a second RTCPeerConnection in the same page (@org/testing has no WebRTC peer),
// reached through the route below, relaying the data channel to @org/testing's realtime WebSocket endpoint; so the
// media never leaves Chromium, and no audio is checked beyond a track arriving at each end.
import path from 'node:path';
import { realtimeResponse, startTestServer, type TestServer } from '@org/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserRealtimeResult } from './fixtures/browser-realtime-app.js';
import { bundleForBrowser } from './support/bundle-for-browser.js';
import { findChromium } from './support/find-chromium.js';
import { repoRoot } from './support/repo-root.js';
import { type CorsProxy, startCorsProxy } from './support/start-cors-proxy.js';
import { startPageServer } from './support/start-page-server.js';

const chromiumPath = findChromium();
// CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip.
const required = process.env.CI === 'true';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A microphone without hardware or a permission prompt.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  // The stand-in server's tone plays without a click.
  '--autoplay-policy=no-user-gesture-required',
  // Plain host candidates: the page's two peers need no mDNS to find each other.
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];
const KEY = 'ek_browser_rt';
const CALL_ID = 'rtc_browser_1';

describe('realtime in a browser app built from the packages', () => {
  let server: TestServer | undefined;
  let proxy: CorsProxy | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let pageServer: { url: string; close(): Promise<void> } | undefined;

  beforeAll(async () => {
    if (!chromiumPath) return;
    server = await startTestServer();
    const realtimeURL = server.realtime.url;
    server.realtime.on(
      'response.create',
      realtimeResponse({ text: 'Hi from the socket' }),
      realtimeResponse({ text: 'Hi over WebRTC' }),
    );
    // The calls endpoint: the offer goes to the page's stand-in media server, whose answer is the reply.
    server.on('POST', '/realtime/calls', async (request) => {
      const answer = await (page as Page).evaluate(
        ([offer, relayTo, key]) =>
          (window.answerAsServer as NonNullable<typeof window.answerAsServer>)(offer, relayTo, key),
        [request.text(), `${realtimeURL}?call_id=${CALL_ID}`, KEY] as const,
      );
      return {
        status: 201,
        headers: { 'content-type': 'application/sdp', location: `/v1/realtime/calls/${CALL_ID}` },
        body: answer,
      };
    });
    proxy = await startCorsProxy(server.url);
    const bundle = await bundleForBrowser({ file: path.join(repoRoot, 'e2e/fixtures/browser-realtime-app.ts') });
    pageServer = await startPageServer({
      '/': {
        type: 'text/html',
        body: '<!doctype html><title>realtime</title><body><script type="module" src="/app.js"></script></body>',
      },
      '/app.js': { type: 'text/javascript', body: bundle.code },
    });
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: FLAGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([pageServer?.close(), proxy?.close(), server?.close()]);
  });

  it.skipIf(!chromiumPath && !required)(
    'runs a text turn over the WebSocket and over a WebRTC call from a fake microphone, with an ephemeral key',
    { timeout: 60_000 },
    async () => {
      if (!browser || !server || !proxy || !pageServer) {
        throw new Error('Chromium is not installed: apt-get install -y chromium (.ci/run does), or set CHROMIUM_PATH');
      }
      page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const query = `server=${encodeURIComponent(server.url)}&api=${encodeURIComponent(proxy.url)}`;
      await page.goto(`${pageServer.url}/?${query}`);
      await page.waitForFunction(() => window.realtimeResult !== undefined, null, { timeout: 40_000 });
      const result: BrowserRealtimeResult | undefined = await page.evaluate(() => window.realtimeResult);

      expect(pageErrors).toEqual([]);
      expect(result).toEqual({
        webSocketText: 'Hi from the socket',
        webSocketDeltas: 3,
        webRTCText: 'Hi over WebRTC',
        webRTCEvents: ['session.created'],
        callId: CALL_ID,
        remoteAudioTracks: 1,
        localAudioTracks: 1,
        dataChannelLabel: 'oai-events',
        serverHeardAudio: true,
      });

      // The browser's WebSocket sent no header: the key went as a subprotocol.
      const [socket, relayed] = server.realtime.connections;
      expect(socket?.handshake.protocols).toEqual(['realtime', `openai-insecure-api-key.${KEY}`]);
      expect(socket?.handshake.headers.authorization).toBeUndefined();
      expect(socket?.events.map((event) => event.type)).toEqual([
        'session.update',
        'conversation.item.create',
        'response.create',
      ]);

      // The offer, as the calls endpoint takes it with an ephemeral key.
      const [call] = server.requests;
      expect(`${call?.method} ${call?.path}`).toBe('POST /v1/realtime/calls');
      expect(call?.headers['content-type']).toBe('application/sdp');
      expect(call?.headers.accept).toBe('application/sdp');
      expect(call?.headers.authorization).toBe(`Bearer ${KEY}`);
      const offer = call?.text() ?? '';
      expect(offer).toMatch(/^v=0\r\n/);
      expect(offer).toMatch(/^m=audio .*$/m);
      expect(offer).toMatch(/^a=sendrecv$/m);
      expect(offer).toMatch(/^m=application .* webrtc-datachannel$/m);

      // The data channel's events reached the endpoint as a socket's would.
      expect(relayed?.handshake.query.get('call_id')).toBe(CALL_ID);
      expect(relayed?.events.map((event) => event.type)).toEqual(['conversation.item.create', 'response.create']);
      expect(relayed?.events[0]).toMatchObject({
        item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hello over WebRTC?' }] },
      });
    },
  );
});
