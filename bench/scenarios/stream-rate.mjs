// Streamed chat chunks per second, reading `--events`-chunk streams one after another for `--duration` ms, and the
// median time to first chunk of short streams (the latency a user sees before the first token). `--gzip=1`: the streams
// come gzipped.
import { loadClient } from '../clients/index.mjs';
import { chatBody, checkReplies } from '../lib/check-replies.mjs';
import { median } from '../lib/median.mjs';
import { report, scenarioArgs } from '../lib/scenario-args.mjs';

const { client, url, numbers } = scenarioArgs();
const { events = 2000, duration = 3000, warmup = 1000, firstChunkSamples = 300, gzip = 0 } = numbers;
const api = await loadClient(client, url);
await checkReplies(api, { gzip: gzip === 1 });
const prefix = gzip === 1 ? 'bench-gzip' : 'bench';

const longStream = chatBody(`${prefix}-stream-${events}`);
async function streamFor(ms) {
  const end = performance.now() + ms;
  let chunks = 0;
  while (performance.now() < end) {
    await api.streamChat(longStream, () => {
      chunks++;
    });
  }
  return chunks;
}

await streamFor(warmup);
const start = performance.now();
const cpuBefore = process.cpuUsage();
const chunks = await streamFor(duration);
const cpu = process.cpuUsage(cpuBefore);
const eventsPerSecond = chunks / ((performance.now() - start) / 1000);
const cpuNanosPerEvent = ((cpu.user + cpu.system) * 1000) / chunks;

const shortStream = chatBody(`${prefix}-stream-10`);
const firstChunkMs = [];
for (let sample = 0; sample < firstChunkSamples; sample++) {
  const sent = performance.now();
  let first;
  await api.streamChat(shortStream, () => {
    first ??= performance.now();
  });
  firstChunkMs.push(first - sent);
}
report({ eventsPerSecond, cpuNanosPerEvent, firstChunkMs: median(firstChunkMs) });
