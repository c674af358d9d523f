// `node bench/fault-load.mjs` (after `pnpm build`): the load run with faults, each client in a fresh process against a
// fresh fault server with the same seed, so both meet the same faults on the same calls. Options: --calls (10000),
// --concurrency (200), --seed (42), --rate (0.3, the share of attempts that get a fault).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatCount } from './lib/format-number.mjs';
import { runScenario } from './lib/run-scenario.mjs';
import { setupBench } from './setup.mjs';

const { values } = parseArgs({
  options: {
    calls: { type: 'string' },
    concurrency: { type: 'string' },
    seed: { type: 'string' },
    rate: { type: 'string' },
  },
});
const calls = Number(values.calls ?? 10_000);
const concurrency = Number(values.concurrency ?? 200);
const seed = values.seed ?? '42';
const rate = values.rate ?? '0.3';

function startFaultServer() {
  const script = fileURLToPath(new URL('./fault-server.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, `--seed=${seed}`, `--rate=${rate}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.setEncoding('utf8').once('data', (line) => {
      const { port } = JSON.parse(line);
      resolve({ baseURL: `http://127.0.0.1:${port}/v1`, stop: () => child.kill() });
    });
  });
}

setupBench();
const results = {};
for (const client of ['@org', 'openai']) {
  const server = await startFaultServer();
  try {
    results[client] = await runScenario(
      'fault-load',
      { client, url: server.baseURL, calls, concurrency },
      { nodeArgs: ['--expose-gc'] },
    );
  } finally {
    server.stop();
  }
  console.error(client, JSON.stringify(results[client]));
}

const rows = [
  ['calls (half streamed)', (r) => formatCount(r.calls)],
  ['promises settled', (r) => formatCount(r.settled)],
  ['right answers', (r) => formatCount(r.right)],
  ['**silent wrong answers**', (r) => `**${formatCount(r.wrong)}**`],
  ['typed errors', (r) => formatCount(r.typed)],
  [
    '**untyped errors**',
    (r) =>
      `**${formatCount(r.untyped)}**${
        r.untyped
          ? ` (${Object.entries(r.untypedNames)
              .map(([name, count]) => `${name} ${count}`)
              .join(', ')})`
          : ''
      }`,
  ],
  ['hung until the harness aborted (30 s)', (r) => formatCount(r.hung)],
  ['wall time', (r) => `${r.seconds.toFixed(1)} s`],
  ['server sockets open once all settled', (r) => formatCount(r.openAfter)],
  ['… after the keep-alive timeout', (r) => formatCount(r.openAfterKeepAlive)],
  ['heap growth after GC', (r) => `${r.heapGrowthMB.toFixed(1)} MB`],
];
console.log(`Seed ${seed}, fault rate ${rate}, ${formatCount(calls)} calls at concurrency ${concurrency}.`);
console.log(`Faults injected (@org run): ${JSON.stringify(results['@org'].injected)}`);
console.log('\n| | @org | openai |');
console.log('|---|---|---|');
for (const [label, format] of rows)
  console.log(`| ${label} | ${format(results['@org'])} | ${format(results.openai)} |`);
