// A voice call with the model from a browser page, over WebRTC (realtime-webrtc-page.mjs): this script is its server.
// It bundles the page, and hands it an ephemeral client secret made with `createRealtimeClientSecret`, so no API key
// ever reaches the browser.
// Run: OPENAI_API_KEY=… node examples/realtime-webrtc.mjs, then open the URL it prints (Ctrl-C stops it).
// Without a key (and in the demo tour) it runs the page unattended in headless Chromium, with a fake microphone,
// against the local server, whose `realtimeCallAnswer` answers the call with a WebRTC peer in this process (werift).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClient } from '@org/core';
import { createRealtimeClientSecret } from '@org/realtime';
import { realtimeCallAnswer, realtimeResponse, startTestServer } from '@org/testing';
import { build } from 'esbuild';

const CALL_ID = 'rtc_local_demo';
const lines = ['Can you hear me?', 'Say goodbye.'];
const localAnswers = {
  'Can you hear me?': 'Loud and clear: this reply came over the call’s data channel.',
  'Say goodbye.': 'Goodbye, and thanks for calling.',
};

export const offlineOnly =
  'it needs a browser and a microphone: run node examples/realtime-webrtc.mjs and open the page';

const html = `<!doctype html>
<meta charset="utf-8"><title>Realtime over WebRTC</title>
<button id="start">Start the call</button> <button id="hang-up">Hang up</button>
<form><input placeholder="or type a message" size="40"> <button>Send</button></form>
<audio autoplay></audio>
<pre id="log"></pre>
<script type="module" src="page.js"></script>`;

/** The page's script, bundled for a browser: `@org/*` take their browser builds. */
async function bundle(file) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(file, import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** What the local server answers: a client secret, the call's offer, and a reply to each line. */
export function scriptReplies(server) {
  server.on('POST', '/realtime/calls', realtimeCallAnswer(server, { callId: CALL_ID }));
  server.on('POST', '/realtime/client_secrets', {
    json: { value: 'ek_local_demo', expires_at: Math.floor(Date.now() / 1000) + 600, session: { type: 'realtime' } },
  });
  server.realtime.on('response.create', (event, connection) => {
    const lastMessage = connection.events.findLast((sent) => sent.type === 'conversation.item.create');
    const text = lastMessage?.item?.content?.[0]?.text ?? '';
    return realtimeResponse({ text: localAnswers[text] ?? `You said: ${text}` }, { textChunk: 6 })(event);
  });
}

/** Debian's Chromium (as CI installs it), or CHROMIUM_PATH. */
function findChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate) => candidate && existsSync(candidate),
  );
}

/** The demo: the page, served by the local server, runs unattended in headless Chromium with a fake microphone. */
export async function run({ client, server, log = console.log }) {
  const chromiumPath = findChromium();
  if (!server || !chromiumPath) {
    log(
      server ? '(skipped: no Chromium; apt-get install chromium, or set CHROMIUM_PATH)' : `(skipped: ${offlineOnly})`,
    );
    return;
  }
  const { chromium } = await import('playwright-core');
  const secret = await createRealtimeClientSecret(client, { session: { type: 'realtime', model: 'gpt-realtime' } });
  server.on('GET', '/webrtc/page', { headers: { 'content-type': 'text/html' }, body: html });
  server.on('GET', '/webrtc/page.js', {
    headers: { 'content-type': 'text/javascript' },
    body: await bundle('./realtime-webrtc-page.mjs'),
  });
  server.on('GET', '/webrtc/session', { json: { apiKey: secret.value, baseURL: server.baseURL } });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  try {
    const page = await browser.newPage();
    const say = lines.map((line) => `say=${encodeURIComponent(line)}`).join('&');
    await page.goto(`${server.url}/webrtc/page?${say}`);
    await page.waitForFunction(() => window.demoDone === true, null, { timeout: 30_000 });
    const shown = await page.evaluate(() => document.querySelector('#log').textContent);
    for (const line of shown.trimEnd().split('\n')) log(line);
  } finally {
    await browser.close();
  }
}

/** With a key: serves the page on 127.0.0.1, and a fresh client secret to each call it makes. */
async function serve(client) {
  const files = {
    '/': { type: 'text/html', body: html },
    '/page.js': { type: 'text/javascript', body: await bundle('./realtime-webrtc-page.mjs') },
  };
  const model = process.env.OPENAI_REALTIME_MODEL ?? 'gpt-realtime';
  const server = createServer(async (request, response) => {
    try {
      if (request.url === '/session') {
        const secret = await createRealtimeClientSecret(client, {
          session: { type: 'realtime', model, audio: { input: { transcription: { model: 'gpt-4o-transcribe' } } } },
        });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ apiKey: secret.value, baseURL: process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1' }),
        );
        return;
      }
      const file = files[request.url];
      response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' }).end(file?.body ?? '');
    } catch (error) {
      response.writeHead(502).end(String(error.message));
    }
  });
  server.listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => {
    console.log(`Open http://127.0.0.1:${server.address().port}/ and start the call (Ctrl-C stops the server).`);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.env.OPENAI_API_KEY) await serve(createClient());
  else {
    const server = await startTestServer();
    scriptReplies(server);
    console.log(`No OPENAI_API_KEY: the page runs in headless Chromium against ${server.baseURL}.\n`);
    try {
      await run({ client: createClient({ apiKey: 'sk-local-example', baseURL: server.baseURL }), server });
    } finally {
      await server.close();
    }
  }
}
