// A page bundled from the built packages runs in real Chromium against an API on another origin (CORS), the way
// a frontend would ship a chat feature.
import path from 'node:path';
import { errorReply, sseDone, startTestServer, type TestServer } from '@org/testing';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserAppResult } from './fixtures/browser-app.js';
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
];

function scriptReplies(server: TestServer): void {
  server.on('POST', '/chat/completions', (request) => {
    const body = request.json() as { model: string; stream?: boolean };
    if (body.model === 'rate-limited') return errorReply(429, 'Slow down.', { type: 'rate_limit_exceeded' });
    if (body.model === 'stalled') {
      const chunk = { data: { choices: [{ index: 0, delta: { content: 'Hel' } }] } };
      return { sse: [chunk, chunk], fault: 'stall-mid-body', faultAfterChunks: 1 };
    }
    if (body.stream) {
      return {
        sse: [
          { data: { choices: [{ index: 0, delta: { role: 'assistant', content: 'Hello' } }] } },
          { data: { choices: [{ index: 0, delta: { content: ', browser' } }] } },
          sseDone,
        ],
        chunkSize: 9,
      };
    }
    return {
      headers: { 'x-request-id': 'req_browser_1' },
      json: {
        id: 'chatcmpl-1',
        choices: [{ index: 0, message: { role: 'assistant', content: 'Hello from the server' } }],
      },
    };
  });
  server.on('POST', '/responses', {
    sse: [
      { event: 'response.created', data: { type: 'response.created', response: { id: 'resp_1' } } },
      { event: 'response.output_text.delta', data: { type: 'response.output_text.delta', delta: 'Hi' } },
      { event: 'response.completed', data: { type: 'response.completed', response: { id: 'resp_1' } } },
    ],
  });
}

describe('a browser app built from the packages', () => {
  let server: TestServer | undefined;
  let proxy: CorsProxy | undefined;
  let browser: Browser | undefined;
  let pageServer: { url: string; close(): Promise<void> } | undefined;

  beforeAll(async () => {
    if (!chromiumPath) return;
    server = await startTestServer();
    scriptReplies(server);
    proxy = await startCorsProxy(server.url);
    const bundle = await bundleForBrowser({ file: path.join(repoRoot, 'e2e/fixtures/browser-app.ts') });
    pageServer = await startPageServer({
      '/': {
        type: 'text/html',
        body: '<!doctype html><title>chat</title><script type="module" src="/app.js"></script>',
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
    'completes, streams a chat, streams a response, raises a typed API error and aborts a stalled stream in Chromium',
    { timeout: 60_000 },
    async () => {
      if (!browser || !server || !proxy || !pageServer) {
        throw new Error('Chromium is not installed: apt-get install -y chromium (.ci/run does), or set CHROMIUM_PATH');
      }
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${pageServer.url}/?api=${encodeURIComponent(proxy.url)}`);
      await page.waitForFunction(() => window.appResult !== undefined, null, { timeout: 30_000 });
      const result: BrowserAppResult | undefined = await page.evaluate(() => window.appResult);

      expect(pageErrors).toEqual([]);
      expect(result).toEqual({
        reply: 'Hello from the server',
        requestId: 'req_browser_1',
        streamed: 'Hello, browser',
        responseEvents: ['response.created', 'response.output_text.delta', 'response.completed'],
        rateLimited: expect.stringMatching(/^RateLimitError 429: .*Slow down\./),
        aborted: 'APIUserAbortError: Request was aborted.',
      });
      expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        'POST /v1/chat/completions',
        'POST /v1/chat/completions',
        'POST /v1/responses',
        'POST /v1/chat/completions',
        'POST /v1/chat/completions',
      ]);
      for (const request of server.requests) {
        expect(request.headers.authorization).toBe('Bearer ek_browser_test');
        expect(request.headers.origin).toBe(pageServer.url);
      }
      // The Authorization header makes every call cross-origin "non-simple": the browser asked first.
      expect(proxy.preflights).toContain('POST /v1/chat/completions');
    },
  );
});
