// Peak RSS while uploading the file at `--file` (1 GiB in the report): memory must not grow with the file.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadClient } from '../clients/index.mjs';
import { report } from '../lib/scenario-args.mjs';

const { values } = parseArgs({ strict: false });
const api = await loadClient(values.client, values.url);
const size = statSync(values.file).size;
const idleRssBytes = process.memoryUsage.rss();
const start = performance.now();
const reply = await api.upload(values.file);
const seconds = (performance.now() - start) / 1000;
// The server counts the bytes it received: the whole file, plus the multipart framing when there is one.
if (!(reply.bytes >= size)) throw new Error(`the server received ${reply.bytes} of ${size} bytes`);
report({ peakRssBytes: process.resourceUsage().maxRSS * 1024, idleRssBytes, seconds, bytes: size });
