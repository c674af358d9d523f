// The benchmarks' API server, in its own process so its work is not charged to the client under test. It does as
// little as it can: canned chat completion JSON, canned SSE streams, and upload sinks (a file, or an Upload's parts).
// Prints {"port"} when ready.
import { createServer } from 'node:http';

const completion = Buffer.from(
  JSON.stringify({
    id: 'chatcmpl-bench',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-mini',
    choices: [
      { index: 0, message: { role: 'assistant', content: 'Hello! How can I help you today?' }, finish_reason: 'stop' },
    ],
    usage: { prompt_tokens: 9, completion_tokens: 9, total_tokens: 18 },
  }),
);

function chunkEvent(index) {
  const chunk = {
    id: 'chatcmpl-bench',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta: { content: `token${index} ` }, finish_reason: null }],
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

const streams = new Map();
/** The whole SSE body of a stream of `count` chunks, built once per count. */
function streamBody(count) {
  let body = streams.get(count);
  if (!body) {
    body = Buffer.from(`${Array.from({ length: count }, (_, index) => chunkEvent(index)).join('')}data: [DONE]\n\n`);
    streams.set(count, body);
  }
  return body;
}

const headers = (type, length) => ({
  'content-type': type,
  'x-request-id': 'req_bench',
  ...(length === undefined ? {} : { 'content-length': String(length) }),
});

/** `bench-stream-N` streams N chunks at once; `bench-paced-N-D` one chunk every D ms; anything else is JSON. */
function answerChat(body, res) {
  const { model, stream } = JSON.parse(body);
  if (!stream) {
    res.writeHead(200, headers('application/json', completion.length)).end(completion);
    return;
  }
  res.writeHead(200, headers('text/event-stream'));
  const paced = /^bench-paced-(\d+)-(\d+)$/.exec(model);
  if (!paced) {
    res.end(streamBody(Number(/^bench-stream-(\d+)$/.exec(model)?.[1] ?? 10)));
    return;
  }
  const count = Number(paced[1]);
  const delay = Number(paced[2]);
  let sent = 0;
  const next = () => {
    if (res.destroyed) return;
    if (sent === count) {
      res.end('data: [DONE]\n\n');
      return;
    }
    res.write(chunkEvent(sent++));
    setTimeout(next, delay);
  };
  next();
}

const uploads = new Map();
let uploadsCreated = 0;
/** The Uploads API, as a sink: it counts each part's body (framing included) and the upload's total on complete. */
function answerUploads(req, res, text, bytes) {
  const [, id, action] = /^\/v1\/uploads(?:\/([^/]+)\/(parts|complete))?/.exec(req.url ?? '') ?? [];
  let reply;
  if (!id) {
    const { filename, bytes: size } = JSON.parse(text);
    const upload = {
      id: `upload_bench_${uploadsCreated++}`,
      object: 'upload',
      status: 'pending',
      filename,
      bytes: size,
    };
    uploads.set(upload.id, { parts: 0, received: 0 });
    reply = upload;
  } else if (action === 'parts') {
    const upload = uploads.get(id);
    upload.received += bytes;
    reply = { id: `part_${upload.parts++}`, object: 'upload.part', upload_id: id };
  } else {
    const { received } = uploads.get(id);
    uploads.delete(id);
    const file = { id: 'file-bench', object: 'file', bytes: received, filename: 'upload.bin', purpose: 'batch' };
    reply = { id, object: 'upload', status: 'completed', file };
  }
  const json = JSON.stringify(reply);
  res.writeHead(200, headers('application/json', Buffer.byteLength(json))).end(json);
}

const server = createServer((req, res) => {
  if (req.url?.startsWith('/v1/uploads')) {
    // A part's bytes are counted, not kept; the other calls' small JSON bodies are read.
    const isPart = req.url.endsWith('/parts');
    let bytes = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      bytes += chunk.length;
      if (!isPart) chunks.push(chunk);
    });
    req.on('end', () => answerUploads(req, res, Buffer.concat(chunks).toString('utf8'), bytes));
    return;
  }
  if (req.url?.startsWith('/v1/files')) {
    let bytes = 0;
    req.on('data', (chunk) => {
      bytes += chunk.length;
    });
    req.on('end', () => {
      const reply = JSON.stringify({
        id: 'file-bench',
        object: 'file',
        bytes,
        filename: 'upload.bin',
        purpose: 'batch',
      });
      res.writeHead(200, headers('application/json', Buffer.byteLength(reply))).end(reply);
    });
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => answerChat(Buffer.concat(chunks).toString('utf8'), res));
});
server.keepAliveTimeout = 60_000;
server.requestTimeout = 0;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
