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
