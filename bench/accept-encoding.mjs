// `node bench/accept-encoding.mjs` (after `pnpm build`): whether the Node transport should ask for compression. For a
// small and a large reply, each accept-encoding's bytes on the wire and client cost on loopback (medians of --runs
// fresh processes, default 5; see scenarios/accept-encoding.mjs), and what those bytes take on a 100 Mbit/s link,
// computed.
import { parseArgs } from 'node:util';
import { formatCount } from './lib/format-number.mjs';
import { median } from './lib/median.mjs';
import { runScenario } from './lib/run-scenario.mjs';
import { startBenchServer } from './lib/start-bench-server.mjs';
import { setupBench } from './setup.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 5);
setupBench();
const server = await startBenchServer();
const rows = [];
try {
  for (const size of ['small', 'large']) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      samples.push(await runScenario('accept-encoding', { client: '@org', url: server.baseURL, size }));
    }
    for (const accept of Object.keys(samples[0])) {
      const [requestsPerSecond, cpuMicros, wireBytes] = ['requestsPerSecond', 'cpuMicrosPerRequest', 'wireBytes'].map(
        (field) => median(samples.map((sample) => sample[accept][field])),
      );
      const linkMs = (wireBytes * 8) / 100e3;
      rows.push([
        size,
        accept,
        formatCount(wireBytes),
        formatCount(requestsPerSecond),
        `${formatCount(cpuMicros)} µs`,
        `${linkMs.toFixed(2)} ms`,
      ]);
    }
  }
} finally {
  server.stop();
}
console.log(
  '| reply | accept-encoding | bytes on the wire | req/s, loopback | client CPU/request | 100 Mbit/s transfer |',
);
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
