// Peak RSS and time while `uploadFile` (@org/files) sends the file at `--file` through the Uploads API, in parts of
// `--partSize` bytes, `--concurrency` at a time, read from `--source`: `path` (fileFromPath: parts are Blob slices
// read from disk as they are sent) or `stream` (an fs.ReadStream: each part is read into memory, so parts in flight ×
// part size is the bound). Only @org has such a helper; its plain multipart upload is the `upload` figure.
import { createReadStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { report } from '../lib/scenario-args.mjs';

const { values } = parseArgs({ strict: false });
if (values.client !== '@org') throw new Error('upload-parts measures @org only');
const [{ createClient, toFile }, { fileFromPath }, { uploadFile }] = await Promise.all([
  import('@org/core'),
  import('@org/core/node'),
  import('@org/files'),
]);
const client = createClient({ apiKey: 'sk-bench', baseURL: values.url, maxRetries: 0 });
const size = statSync(values.file).size;
const partSize = Number(values.partSize);
const concurrency = Number(values.concurrency);
const idleRssBytes = process.memoryUsage.rss();
const start = performance.now();
const file =
  values.source === 'stream'
    ? toFile(createReadStream(values.file), 'upload.jsonl', { size })
    : await fileFromPath(values.file, { name: 'upload.jsonl' });
const uploaded = await uploadFile(client, { file, purpose: 'batch' }, { partSize, concurrency });
const seconds = (performance.now() - start) / 1000;
// The server counts the bytes it received in parts: the whole file, plus each part's multipart framing.
if (!(uploaded.bytes >= size)) throw new Error(`the server received ${uploaded.bytes} of ${size} bytes`);
report({
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  idleRssBytes,
  seconds,
  bytes: size,
  partSize,
  concurrency,
});
