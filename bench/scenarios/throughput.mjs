// Requests per second for chat completions (JSON), `--concurrency` calls in flight, for `--duration` ms after a
// `--warmup` ms warm-up that lets the JIT and the connection pool settle. `--gzip=1`: the replies come gzipped.
import { loadClient } from '../clients/index.mjs';
import { chatBody, checkReplies } from '../lib/check-replies.mjs';
import { report, scenarioArgs } from '../lib/scenario-args.mjs';

const { client, url, numbers } = scenarioArgs();
const { concurrency = 1, duration = 3000, warmup = 1000, gzip = 0 } = numbers;
const api = await loadClient(client, url);
await checkReplies(api, { gzip: gzip === 1 });

const body = chatBody(gzip === 1 ? 'bench-gzip' : 'bench');
async function callFor(ms) {
  const end = performance.now() + ms;
  let count = 0;
  const worker = async () => {
    while (performance.now() < end) {
      await api.chat(body);
      count++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return count;
}

await callFor(warmup);
const start = performance.now();
const cpuBefore = process.cpuUsage();
const count = await callFor(duration);
const cpu = process.cpuUsage(cpuBefore);
const seconds = (performance.now() - start) / 1000;
// CPU per request is the client's own cost, and moves less than wall-clock rates when the machine is busy.
report({ requestsPerSecond: count / seconds, cpuMicrosPerRequest: (cpu.user + cpu.system) / count });
