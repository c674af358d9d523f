// What asking for compression costs a client where bandwidth is free (loopback). For one reply size (`--size=small|
// large`, see server.mjs), each accept-encoding's requests per second and client CPU per request, one call at a time
// through @org/core, and the bytes its reply took on the wire. The codings take turns in short rounds within this
// process, so drift on a shared machine hits them alike.
import { parseArgs } from 'node:util';
import { report } from '../lib/scenario-args.mjs';

const { values } = parseArgs({ strict: false });
const { url, size } = values;
const duration = Number(values.duration ?? 3000);
const warmup = Number(values.warmup ?? 1000);
const codings = ['identity', 'gzip', 'br'];
const { createClient, getResponseMeta } = await import('@org/core');
const client = createClient({ apiKey: 'sk-bench', baseURL: url, maxRetries: 0 });
const call = (accept) =>
  client.request({ method: 'GET', path: `/negotiated-${size}`, headers: { 'accept-encoding': accept } });

const results = {};
for (const accept of codings) {
  const reply = await call(accept);
  if (!reply?.object) throw new Error(`wrong reply: ${JSON.stringify(reply).slice(0, 200)}`);
  const wireBytes = Number(getResponseMeta(reply).headers.get('content-length'));
  results[accept] = { count: 0, ms: 0, cpuMicros: 0, wireBytes };
}
async function callFor(accept, ms) {
  const end = performance.now() + ms;
  let count = 0;
  while (performance.now() < end) {
    await call(accept);
    count++;
  }
  return count;
}

for (const accept of codings) await callFor(accept, warmup / codings.length);
const rounds = 10;
for (let round = 0; round < rounds; round++) {
  for (const accept of round % 2 ? codings : [...codings].reverse()) {
    const start = performance.now();
    const cpuBefore = process.cpuUsage();
    const count = await callFor(accept, duration / rounds / codings.length);
    const cpu = process.cpuUsage(cpuBefore);
    const result = results[accept];
    result.count += count;
    result.ms += performance.now() - start;
    result.cpuMicros += cpu.user + cpu.system;
  }
}
report(
  Object.fromEntries(
    codings.map((accept) => {
      const { count, ms, cpuMicros, wireBytes } = results[accept];
      return [accept, { requestsPerSecond: count / (ms / 1000), cpuMicrosPerRequest: cpuMicros / count, wireBytes }];
    }),
  ),
);
