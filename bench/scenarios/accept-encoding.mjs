// What asking for compression costs a client where bandwidth is free (loopback): requests per second and client CPU
// per request for one reply size (`--size=small|large`, see server.mjs) and one `--accept` (identity, gzip, br), one
// call at a time through @org/core, plus the bytes the reply took on the wire.
import { parseArgs } from 'node:util';
import { report } from '../lib/scenario-args.mjs';

const { values } = parseArgs({ strict: false });
const { url, size, accept } = values;
const duration = Number(values.duration ?? 2000);
const warmup = Number(values.warmup ?? 500);
const { createClient, getResponseMeta } = await import('@org/core');
const client = createClient({ apiKey: 'sk-bench', baseURL: url, maxRetries: 0 });
const call = () =>
  client.request({ method: 'GET', path: `/negotiated-${size}`, headers: { 'accept-encoding': accept } });

const first = await call();
if (!first?.object) throw new Error(`wrong reply: ${JSON.stringify(first).slice(0, 200)}`);
const wireBytes = Number(getResponseMeta(first).headers.get('content-length'));
async function callFor(ms) {
  const end = performance.now() + ms;
  let count = 0;
  while (performance.now() < end) {
    await call();
    count++;
  }
  return count;
}

await callFor(warmup);
const start = performance.now();
const cpuBefore = process.cpuUsage();
const count = await callFor(duration);
const cpu = process.cpuUsage(cpuBefore);
report({
  requestsPerSecond: count / ((performance.now() - start) / 1000),
  cpuMicrosPerRequest: (cpu.user + cpu.system) / count,
  wireBytes,
});
