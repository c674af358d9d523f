// Realtime events received and parsed per second: one connection asks for responses of `--events` text deltas one
// after another for `--duration` ms, after a `--warmup`. The @org client is measured again reading each response as
// a turn (`createResponse()`, iterated), which also assembles its text.
import { loadClient, realtimeClients } from '../clients/index.mjs';
import { report, scenarioArgs } from '../lib/scenario-args.mjs';

const { client, url, numbers } = scenarioArgs();
const { events = 1000, duration = 3000, warmup = 1000 } = numbers;
const api = await loadClient(client, url, realtimeClients);

async function measure(options) {
  let deltas = 0;
  const connection = await api.connect(
    `bench-events-${events}`,
    (event) => {
      if (event.delta !== `token${deltas % events} `) throw new Error(`wrong delta: ${JSON.stringify(event)}`);
      deltas++;
    },
    options,
  );
  await connection.burst();
  if (deltas !== events) throw new Error(`expected ${events} deltas, got ${deltas}`);
  const burstFor = async (ms) => {
    const end = performance.now() + ms;
    while (performance.now() < end) await connection.burst();
  };
  await burstFor(warmup);
  deltas = 0;
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  await burstFor(duration);
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - start) / 1000;
  await connection.close();
  return { eventsPerSecond: deltas / seconds, cpuNanosPerEvent: ((cpu.user + cpu.system) * 1000) / deltas };
}

const listener = await measure({});
const turn = client === '@org' ? await measure({ turns: true }) : { eventsPerSecond: Number.NaN };
report({ ...listener, turnEventsPerSecond: turn.eventsPerSecond });
