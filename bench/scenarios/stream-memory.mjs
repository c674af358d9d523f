// Peak RSS while `--streams` chat streams run at once, each `--events` chunks paced `--pace` ms apart by the server.
import { loadClient } from '../clients/index.mjs';
import { chatBody, checkReplies } from '../lib/check-replies.mjs';
import { report, scenarioArgs } from '../lib/scenario-args.mjs';

const { client, url, numbers } = scenarioArgs();
const { streams = 500, events = 100, pace = 10 } = numbers;
const api = await loadClient(client, url);
await checkReplies(api);
const idleRssBytes = process.memoryUsage.rss();

const body = chatBody(`bench-paced-${events}-${pace}`);
let chunks = 0;
const start = performance.now();
await Promise.all(
  Array.from({ length: streams }, () =>
    api.streamChat(body, () => {
      chunks++;
    }),
  ),
);
if (chunks !== streams * events) throw new Error(`expected ${streams * events} chunks, got ${chunks}`);
report({
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  idleRssBytes,
  seconds: (performance.now() - start) / 1000,
});
