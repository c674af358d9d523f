// Realtime in real Chromium, bundled from the built packages, with an ephemeral key as a page holds one: a text turn
// over the browser's own WebSocket, and a WebRTC call made by `connectRealtimeWebRTC` from Chromium's fake
// microphone, its data channel carrying a text turn.
//
// What the WebRTC half proves: the helper takes a real MediaStream, makes a real offer (audio sent, a data channel),
// posts it to `POST /realtime/calls` as `application/sdp` with the ephemeral key, applies the answer, reads the call id
// from `Location`, gives the remote audio track to the page's <audio>, and speaks the typed events over the data
// channel. The answering peer is @org/testing's `realtimeCallAnswer`: a WebRTC peer in this Node process (werift), so
// ICE, DTLS and SCTP run for real between Chromium and Node on this machine; it relays the data channel to the
// realtime WebSocket endpoint, whose scripts answer. What it does not prove: that audio flows (the peer offers audio
// back but sends no packets, and the microphone's packets are not checked), nor anything of the Realtime API's own
// media server beyond its request and reply.
import path from 'node:path';
import { errorReply, realtimeCallAnswer, realtimeResponse, startTestServer, type TestServer } from '@org/testing';
import { type Browser, chromium } from 'playwright-core';
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
];
const KEY = 'ek_browser_rt';
const CALL_ID = 'rtc_browser_1';

describe('realtime in a browser app built from the packages', () => {
  let server: TestServer | undefined;
  let proxy: CorsProxy | undefined;
  let browser: Browser | undefined;
  let pageServer: { url: string; close(): Promise<void> } | undefined;

  beforeAll(async () => {
    if (!chromiumPath) return;
    server = await startTestServer();
    server.realtime.on(
      'response.create',
      realtimeResponse({ text: 'Hi from the socket' }),
      realtimeResponse({ text: 'Hi over WebRTC' }),
      realtimeResponse({ text: 'Cut short' }, { faultAfterEvents: 2, fault: 'destroy' }),
    );
    // The calls endpoint answers with a WebRTC peer in this process (werift), relaying the data channel to the
    // realtime endpoint.
    const answer = realtimeCallAnswer(server, { callId: CALL_ID });
    server.on('POST', '/realtime/calls', (request) =>
      request.headers.authorization === 'Bearer ek_refused'
        ? errorReply(401, 'Incorrect API key provided.', { code: 'invalid_api_key' })
        : answer(request),
    );
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
      const page = await browser.newPage();
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
        droppedTurn: 'RealtimeClosedError 1006',
        closeEvent: '1006 byClient=false',
        refusedOffer: 'AuthenticationError 401',
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
      expect(relayed?.handshake.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(relayed?.events.map((event) => event.type)).toEqual([
        'conversation.item.create',
        'response.create',
        'response.create',
      ]);
      expect(relayed?.events[0]).toMatchObject({
        item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hello over WebRTC?' }] },
      });
    },
  );
});
