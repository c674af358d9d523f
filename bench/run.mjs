// `pnpm bench`: every benchmark, side by side, in one run; writes the medians into BENCHMARKS.md.
// Options: --runs=N (default 5), --quick (one short run of each, to check the benchmarks work; writes nothing),
// --only=sequential,stream (just those figures, e.g. to re-measure a noisy one with more runs; writes nothing, except
// the realtime section when its figures are all among them: --only=realtime,realtimeMemory; the compressed-reply
// figures are gzip-sequential and gzip-stream).
import { closeSync, existsSync, ftruncateSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clients } from './clients/index.mjs';
import { measureBundles, measureRealtimeBundles } from './lib/measure-bundles.mjs';
import { measureInstalled } from './lib/measure-installed.mjs';
import { median } from './lib/median.mjs';
import { runScenario } from './lib/run-scenario.mjs';
import { startBenchServer } from './lib/start-bench-server.mjs';
import { writeRealtimeReport } from './lib/write-realtime-report.mjs';
import { writeReport } from './lib/write-report.mjs';
import { setupBench } from './setup.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, quick: { type: 'boolean' }, only: { type: 'string' } },
});
const quick = values.quick === true;
const only = values.only?.split(',');
const runs = quick ? 1 : Number(values.runs ?? 5);
const durations = {
  duration: quick ? 500 : 3000,
  warmup: quick ? 200 : 1000,
  memoryRuns: Math.min(runs, 3),
  firstRuns: quick ? 1 : runs * 3,
};
const reportFile = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

/** A sparse 1 GiB file: reading it costs no disk, and its size is all the upload sees. */
function createUploadFile() {
  const file = path.join(os.tmpdir(), `bench-upload-${process.pid}.bin`);
  const fd = openSync(file, 'w');
  ftruncateSync(fd, 1024 ** 3);
  closeSync(fd);
  return file;
}

setupBench();
const loadAverage = { start: os.loadavg()[0], end: Number.NaN };
const server = await startBenchServer();
const uploadFile = createUploadFile();
const plan = [
  { key: 'sequential', scenario: 'throughput', runs, args: { concurrency: 1, ...durations } },
  { key: 'concurrent', scenario: 'throughput', runs, args: { concurrency: 50, ...durations } },
  {
    key: 'stream',
    scenario: 'stream-rate',
    runs,
    args: { events: 2000, firstChunkSamples: quick ? 20 : 300, ...durations },
  },
  { key: 'gzip-sequential', scenario: 'throughput', runs, args: { concurrency: 1, gzip: 1, ...durations } },
  {
    key: 'gzip-stream',
    scenario: 'stream-rate',
    runs,
    args: { events: 2000, gzip: 1, firstChunkSamples: quick ? 20 : 300, ...durations },
  },
  { key: 'first', scenario: 'first-request', runs: durations.firstRuns, args: {} },
  {
    key: 'memory',
    scenario: 'stream-memory',
    runs: durations.memoryRuns,
    args: { streams: 500, events: 100, pace: 10 },
  },
  { key: 'upload', scenario: 'upload-memory', runs: durations.memoryRuns, args: { file: uploadFile } },
  // The large-file helper has no counterpart elsewhere: @org alone, against its own plain upload above.
  ...['path', 'stream'].map((source) => ({
    key: source === 'path' ? 'parts' : 'parts-stream',
    scenario: 'upload-parts',
    runs: durations.memoryRuns,
    clients: ['@org'],
    args: { file: uploadFile, source, partSize: 16 * 1024 ** 2, concurrency: 4 },
  })),
  { key: 'realtime', scenario: 'realtime-rate', runs, args: { events: 1000, ...durations } },
  {
    key: 'realtimeMemory',
    scenario: 'realtime-memory',
    runs: durations.memoryRuns,
    args: { sessions: 200 },
    nodeArgs: ['--expose-gc'],
  },
];
/** The figures of the realtime section of BENCHMARKS.md, written whenever they are all measured. */
const realtimeKeys = ['realtime', 'realtimeMemory'];

const unknown = only?.filter((key) => !plan.some((step) => step.key === key)) ?? [];
if (unknown.length > 0) {
  server.stop();
  rmSync(uploadFile);
  throw new Error(
    `--only: no figure ${unknown.join(', ')}; the figures are ${plan.map((step) => step.key).join(', ')}`,
  );
}
const names = Object.keys(clients);
const medians = {};
try {
  for (const step of plan.filter((entry) => !only || only.includes(entry.key))) {
    const stepNames = step.clients ?? names;
    const samples = Object.fromEntries(stepNames.map((name) => [name, []]));
    for (let run = 0; run < step.runs; run++) {
      // Rotate who goes first, so drift on the machine does not favour one client.
      for (const name of [...stepNames.slice(run % stepNames.length), ...stepNames.slice(0, run % stepNames.length)]) {
        const { duration, warmup, ...args } = step.args;
        const timed = ['throughput', 'stream-rate', 'realtime-rate'].includes(step.scenario);
        const timing = timed ? { duration, warmup } : {};
        samples[name].push(
          await runScenario(
            step.scenario,
            { client: name, url: server.baseURL, ...args, ...timing },
            { nodeArgs: step.nodeArgs },
          ),
        );
      }
    }
    medians[step.key] = Object.fromEntries(
      stepNames.map((name) => {
        const fields = Object.keys(samples[name][0]);
        return [name, Object.fromEntries(fields.map((field) => [field, median(samples[name].map((s) => s[field]))]))];
      }),
    );
    console.log(step.key, JSON.stringify(medians[step.key]));
  }
} finally {
  server.stop();
  if (existsSync(uploadFile)) rmSync(uploadFile);
}

const realtimeMeasured = realtimeKeys.every((key) => medians[key]);
if (realtimeMeasured && !quick) {
  const realtimeBundles = await measureRealtimeBundles();
  console.log('realtime bundles', JSON.stringify(realtimeBundles));
  writeRealtimeReport(reportFile, {
    runs,
    durations,
    medians,
    realtimeBundles,
    loadAverage: { ...loadAverage, end: os.loadavg()[0] },
  });
  console.log(`Wrote the realtime section of ${path.relative(process.cwd(), reportFile)}`);
}
if (only) {
  console.log(
    realtimeMeasured && !quick
      ? 'Only some figures were measured; the rest of BENCHMARKS.md is left as it was.'
      : 'Only some figures were measured; BENCHMARKS.md is left as it was.',
  );
  process.exit(0);
}
const bundles = await measureBundles();
console.log('bundles', JSON.stringify(bundles.chatAndStream));
const installed = measureInstalled();
console.log('installed', JSON.stringify(installed));
loadAverage.end = os.loadavg()[0];
if (quick) {
  console.log('Quick run: every benchmark works; BENCHMARKS.md is left as it was.');
} else {
  writeReport(reportFile, { runs, durations, medians, bundles, installed, loadAverage });
  console.log(`Wrote ${path.relative(process.cwd(), reportFile)}`);
}
