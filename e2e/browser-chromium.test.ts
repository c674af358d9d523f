// A page bundled from the built packages runs in real Chromium against an API on another origin (CORS), the way
// a frontend would ship a chat feature.
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { errorReply, sseDone, startTestServer, type TestServer } from '@org/testing';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySigV4 } from '../packages/core/src/test-support/verify-sigv4.js';
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

const webhookSecret = 'whsec_YnJvd3Nlci13ZWJob29rLXNlY3JldC0xMjM0NTY=';

/** A webhook delivery signed with node:crypto, for the page to verify with the browser's WebCrypto. */
function signedDelivery(): { body: string; headers: Record<string, string>; secret: string } {
  const body = '{"id":"evt_1","object":"event","created_at":1,"type":"response.completed","data":{"id":"resp_1"}}';
  const timestamp = String(Math.floor(Date.now() / 1000));
  const key = Buffer.from(webhookSecret.slice('whsec_'.length), 'base64');
  const signature = createHmac('sha256', key).update(`wh_1.${timestamp}.${body}`).digest('base64');
  const headers = { 'webhook-id': 'wh_1', 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
  return { body, headers, secret: webhookSecret };
}

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
  server.on('GET', '/webhook-delivery', () => ({ json: signedDelivery() }));
  server.on('POST', '/openai/deployments/browser-dep/chat/completions', {
    json: { id: 'chatcmpl-2', choices: [{ index: 0, message: { role: 'assistant', content: 'Hello from Azure' } }] },
  });
  server.on('POST', '/openai/deployments/moved/chat/completions', {
    status: 307,
    headers: { location: '/elsewhere/chat/completions' },
    json: {},
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
    'completes, streams a chat and a response, raises a typed API error, aborts a stalled stream, calls Azure, signs a Bedrock call with SigV4 and verifies a webhook in Chromium',
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
        azureReply: 'Hello from Azure',
        azureRedirect: expect.stringMatching(/^OpenAIError: Azure OpenAI answered with a redirect/),
        bedrockReply: 'Hello from the server',
        webhookEvent: 'response.completed',
        forgedWebhook: 'WebhookSignatureMismatchError',
      });
      expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        'POST /v1/chat/completions',
        'POST /v1/chat/completions',
        'POST /v1/responses',
        'POST /v1/chat/completions',
        'POST /v1/chat/completions',
        'POST /openai/deployments/browser-dep/chat/completions',
        'POST /openai/deployments/moved/chat/completions',
        'POST /v1/chat/completions',
        'GET /v1/webhook-delivery',
      ]);
      for (const request of server.requests.slice(0, 5)) {
        expect(request.headers.authorization).toBe('Bearer ek_browser_test');
        expect(request.headers.origin).toBe(pageServer.url);
      }
      for (const request of server.requests.slice(5, 7)) {
        expect(request.headers['api-key']).toBe('azure-browser-key');
        expect(request.query.get('api-version')).toBe('2024-10-21');
      }
      const signed = server.requests[7]!;
      const credentials = {
        accessKeyId: 'AKIDBROWSER',
        secretAccessKey: 'browser-secret',
        sessionToken: 'browser-session',
      };
      await verifySigV4(signed, credentials, 'us-west-2', 'bedrock-mantle');
      // The Authorization header makes every call cross-origin "non-simple": the browser asked first.
      expect(proxy.preflights).toContain('POST /v1/chat/completions');
    },
  );
});
