// One client reading 100 embeddings of 1,536 dimensions, call after call, in one encoding: --client=openai|@org|bare
// undici, --encoding=default (what the client does unasked) | float | base64 | float32 (@org's createFloat32Embedding).
// Reports the wall time and client CPU per call, and a checksum of the first vector so the runner sees every client
// read the same numbers.
import { parseArgs } from 'node:util';
import { report } from '../lib/scenario-args.mjs';

const { values } = parseArgs({ strict: false });
const { client: name, url, encoding } = values;
const calls = Number(values.calls ?? 60);
const warmup = Number(values.warmup ?? 20);
const body = { model: 'text-embedding-3-small', input: Array.from({ length: 100 }, (_, index) => `text ${index}`) };
const asked = encoding === 'default' || encoding === 'float32' ? body : { ...body, encoding_format: encoding };

async function load() {
  if (name === 'openai') {
    const { default: OpenAI } = await import('openai');
    const client = new OpenAI({ apiKey: 'sk-bench', baseURL: url, maxRetries: 0 });
    return () => client.embeddings.create(asked);
  }
  if (name === '@org') {
    const [{ createClient }, { createEmbedding, createFloat32Embedding }] = await Promise.all([
      import('@org/core'),
      import('@org/embeddings'),
    ]);
    const client = createClient({ apiKey: 'sk-bench', baseURL: url, maxRetries: 0 });
    return encoding === 'float32' ? () => createFloat32Embedding(client, body) : () => createEmbedding(client, asked);
  }
  // The least any client does: undici's request, JSON.parse, and for base64 Node's own decoder into a Float32Array.
  const { request } = await import('undici');
  return async () => {
    const response = await request(`${url}/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
      body: JSON.stringify({ ...body, encoding_format: encoding }),
    });
    const result = await response.body.json();
    if (encoding === 'base64') {
      for (const item of result.data) {
        const bytes = Buffer.from(item.embedding, 'base64');
        item.embedding = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
      }
    }
    return result;
  };
}

const call = await load();
let checksum = 0;
for (let index = 0; index < warmup; index++) await call();
const started = performance.now();
const cpuBefore = process.cpuUsage();
for (let index = 0; index < calls; index++) {
  const result = await call();
  if (index === 0) checksum = Array.from(result.data[0].embedding).reduce((sum, value) => sum + Math.fround(value), 0);
}
const cpu = process.cpuUsage(cpuBefore);
report({
  msPerCall: (performance.now() - started) / calls,
  cpuMsPerCall: (cpu.user + cpu.system) / 1000 / calls,
  checksum,
});
