// A fresh process that imports a client and makes its first request: what a CLI or a serverless cold start pays.
// `performance.now()` counts from process start, so `startedMs` is Node's own boot, before any import.
const startedMs = performance.now();
const { loadClient } = await import('../clients/index.mjs');
const { scenarioArgs, report } = await import('../lib/scenario-args.mjs');
const { client, url } = scenarioArgs();

const beforeImport = performance.now();
const api = await loadClient(client, url);
const imported = performance.now();
await api.chat({ model: 'bench', messages: [{ role: 'user', content: 'Hi' }] });
const answered = performance.now();
report({
  startedMs,
  importMs: imported - beforeImport,
  firstRequestMs: answered - imported,
  totalMs: answered - beforeImport,
});
