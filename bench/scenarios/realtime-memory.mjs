// Memory of `--sessions` realtime connections open at once, each past its session.created: RSS and heap after a
// garbage collection, against the same process with the client loaded and nothing open. Needs --expose-gc.
import { loadClient, realtimeClients } from '../clients/index.mjs';
import { report, scenarioArgs } from '../lib/scenario-args.mjs';

const { client, url, numbers } = scenarioArgs();
const { sessions = 200 } = numbers;
const api = await loadClient(client, url, realtimeClients);

async function settle() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { rss: process.memoryUsage.rss(), heap: process.memoryUsage().heapUsed };
}

// One connection first, so what every connection shares (the modules, the JIT's code) is in the idle figure.
const first = await api.connect('bench-events-10', () => {});
await first.burst();
await first.close();
const idle = await settle();
const connections = await Promise.all(Array.from({ length: sessions }, () => api.connect('bench-events-10', () => {})));
const open = await settle();
await Promise.all(connections.map((connection) => connection.close()));
report({ rssBytes: open.rss, idleRssBytes: idle.rss, heapBytes: open.heap, idleHeapBytes: idle.heap });
