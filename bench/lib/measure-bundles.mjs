// Browser bundle sizes, gzip: ours (the size-limit scenarios) beside the official package and bare fetch doing the
// same chat completion and stream, all built with the same esbuild options.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { browserBuildOptions } from '../../size/browser-build-options.mjs';
import { listSizeScenarios } from '../../size/size-scenarios.mjs';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const messages = `[{ role: 'user', content: 'Hi' }]`;
const openaiSource = `import OpenAI from 'openai';
const openai = new OpenAI({ apiKey: 'ek_size', baseURL: 'https://api.example.test/v1', dangerouslyAllowBrowser: true });
console.log(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: ${messages} }));
for await (const chunk of await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: ${messages}, stream: true })) console.log(chunk);`;
const bareFetchSource = `import { createParser } from 'eventsource-parser';
const post = (body) => fetch('https://api.example.test/v1/chat/completions', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer ek_size' },
  body: JSON.stringify(body),
});
console.log(await (await post({ model: 'gpt-4o-mini', messages: ${messages} })).json());
const response = await post({ model: 'gpt-4o-mini', messages: ${messages}, stream: true });
const parser = createParser({ onEvent: (event) => event.data !== '[DONE]' && console.log(JSON.parse(event.data)) });
const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
for (let part = await reader.read(); !part.done; part = await reader.read()) parser.feed(part.value);`;

// Connect with an ephemeral key and read one text turn as it streams, as size/size-scenarios.mjs does for @org.
const openaiRealtimeSource = `import OpenAI from 'openai';
import { OpenAIRealtimeWebSocket } from 'openai/realtime/websocket';
const client = new OpenAI({ apiKey: 'ek_size', baseURL: 'https://api.example.test/v1', dangerouslyAllowBrowser: true });
const rt = new OpenAIRealtimeWebSocket({ model: 'gpt-realtime' }, client);
rt.socket.addEventListener('open', () => {
  rt.send({ type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] } });
  rt.send({ type: 'response.create', response: { output_modalities: ['text'] } });
});
rt.on('response.output_text.delta', (event) => console.log(event.delta));
rt.on('response.output_text.done', (event) => {
  console.log(event.text);
  rt.close();
});
rt.on('error', (error) => console.error(error));`;
const bareWebSocketSource = `const socket = new WebSocket('wss://api.example.test/v1/realtime?model=gpt-realtime', ['realtime', 'openai-insecure-api-key.ek_size']);
socket.addEventListener('open', () => {
  socket.send(JSON.stringify({ type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] } }));
  socket.send(JSON.stringify({ type: 'response.create', response: { output_modalities: ['text'] } }));
});
socket.addEventListener('message', ({ data }) => {
  const event = JSON.parse(data);
  if (event.type === 'response.output_text.delta') console.log(event.delta);
  if (event.type === 'response.done') socket.close();
});`;

async function gzipBytes(source) {
  const result = await build({
    ...browserBuildOptions(),
    stdin: { contents: source, resolveDir: benchDir, loader: 'js' },
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

export async function measureBundles() {
  const ours = (await listSizeScenarios()).find((scenario) => scenario.name === 'chat: completion + stream');
  const chatAndStream = {
    budget: ours ? parseFloat(ours.limit) * 1000 : Number.NaN,
    '@org': ours ? await gzipBytes(ours.source) : Number.NaN,
    openai: await gzipBytes(openaiSource),
    'bare fetch': await gzipBytes(bareFetchSource),
  };
  const sizeLimit = JSON.parse(
    execFileSync('pnpm', ['exec', 'size-limit', '--json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  return { chatAndStream, sizeLimit };
}

/** Browser bundles of a realtime connection and one text turn: ours, the official package's, a bare `WebSocket`. */
export async function measureRealtimeBundles() {
  const ours = (await listSizeScenarios()).find((scenario) => scenario.name === 'realtime: connect + one text turn');
  return {
    '@org': ours ? await gzipBytes(ours.source) : Number.NaN,
    openai: await gzipBytes(openaiRealtimeSource),
    'bare WebSocket': await gzipBytes(bareWebSocketSource),
    budget: ours ? Number.parseFloat(ours.limit) * 1000 : Number.NaN,
  };
}
