// `node bench/embeddings.mjs` (after `pnpm build`): embeddings read as JSON floats or as base64, side by side with the
// official package and bare undici. 100 embeddings of 1,536 dimensions per call; for each client and encoding, the
// wall time and client CPU per call (medians of --runs fresh processes, default 5, in rotating order), and the bytes
// of each encoding on the wire, plain (what loopback and plain http carry) and gzipped (what https asks for).

import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { formatCount } from './lib/format-number.mjs';
import { median } from './lib/median.mjs';
import { runScenario } from './lib/run-scenario.mjs';
import { startBenchServer } from './lib/start-bench-server.mjs';
import { setupBench } from './setup.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 5);
const variants = [
  ['openai', 'float', 'float'],
  ['openai', 'default', 'base64, decoded to number[]'],
  ['@org', 'float', 'float'],
  ['@org', 'default', 'base64, decoded to number[]'],
  ['@org', 'float32', 'base64, decoded to Float32Array'],
  ['bare undici', 'float', 'float (JSON.parse)'],
  ['bare undici', 'base64', 'base64 (JSON.parse, Buffer to Float32Array)'],
];
const wireOf = (encoding) => (encoding === 'float' ? 'float' : 'base64');

setupBench();
const server = await startBenchServer();
const samples = variants.map(() => []);
const wire = {};
try {
  for (const encoding of ['float', 'base64']) {
    const response = await fetch(`${server.baseURL}/embeddings`, {
      method: 'POST',
      body: JSON.stringify({ model: 'text-embedding-3-small', input: 'x', encoding_format: encoding }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    wire[encoding] = { plain: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
  }
  for (let run = 0; run < runs; run++) {
    const order = variants.map((_, index) => (index + run) % variants.length);
    for (const index of order) {
      const [client, encoding] = variants[index];
      samples[index].push(await runScenario('embeddings', { client, url: server.baseURL, encoding }));
    }
  }
} finally {
  server.stop();
}

const checksums = new Set(samples.map((runsOf) => runsOf[0].checksum.toFixed(6)));
if (checksums.size !== 1) throw new Error(`the clients read different numbers: ${[...checksums].join(', ')}`);
console.log('| client | reply read as | bytes on the wire, plain / gzip | ms per call | client CPU per call |');
console.log('|---|---|---|---|---|');
for (const [index, [client, encoding, label]] of variants.entries()) {
  const { plain, gzip } = wire[wireOf(encoding)];
  const ms = median(samples[index].map((sample) => sample.msPerCall));
  const cpu = median(samples[index].map((sample) => sample.cpuMsPerCall));
  console.log(
    `| ${client} | ${label} | ${formatCount(plain)} / ${formatCount(gzip)} | ${ms.toFixed(2)} | ${cpu.toFixed(2)} ms |`,
  );
}
