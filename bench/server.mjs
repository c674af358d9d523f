// The benchmarks' API server, in its own process so its work is not charged to the client under test. It does as
// little as it can: canned chat completion JSON, canned SSE streams, upload sinks (a file, or an Upload's parts),
// canned replies compressed as the client asks, canned embeddings as floats or base64, and a realtime WebSocket endpoint
// that answers each response.create with canned text deltas. Prints {"port"} when ready.
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Sender, WebSocketServer } from 'ws';

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

/** Random-looking floats, as embeddings are: they compress about as badly as real ones. */
function embeddings(count) {
  let seed = 1;
  const next = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return (seed / 2_147_483_647 - 0.5) / 5;
  };
  const vector = () => Array.from({ length: 1536 }, () => Number(next().toFixed(9)));
  const data = Array.from({ length: count }, (_, index) => ({ object: 'embedding', index, embedding: vector() }));
  return Buffer.from(JSON.stringify({ object: 'list', model: 'text-embedding-3-small', data }));
}

/**
 * `GET /v1/negotiated-small` (a chat completion) and `/v1/negotiated-large` (32 embeddings as floats), br or gzip as
 * the request's accept-encoding asks, for bench/accept-encoding.mjs; each compressed once per coding.
 */
const compress = {
  br: (plain) => brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (plain) => gzipSync(plain),
};
const negotiatedCache = new Map();
let largeReply;
function answerNegotiated(size, acceptEncoding, res) {
  const coding = ['br', 'gzip'].find((name) => acceptEncoding?.includes(name));
  const key = `${size}-${coding}`;
  let body = negotiatedCache.get(key);
  if (!body) {
    if (size === 'large') largeReply ??= embeddings(32);
    const plain = size === 'small' ? completion : largeReply;
    body = coding ? compress[coding](plain) : plain;
    negotiatedCache.set(key, body);
  }
  res.writeHead(200, {
    ...headers('application/json', body.length),
    ...(coding ? { 'content-encoding': coding } : {}),
  });
  res.end(body);
}

// Compressed once, like the plain bodies: the server's own gzip work would otherwise be timed with the client's.
const gzippedCompletion = gzipSync(completion);

const streams = new Map();
/** The whole SSE body of a stream of `count` chunks, gzipped or not, built once per count. */
function streamBody(count, gzip) {
  const key = `${count}${gzip ? '-gzip' : ''}`;
  let body = streams.get(key);
  if (!body) {
    body = Buffer.from(`${Array.from({ length: count }, (_, index) => chunkEvent(index)).join('')}data: [DONE]\n\n`);
    if (gzip) body = gzipSync(body);
    streams.set(key, body);
  }
  return body;
}

const headers = (type, length, gzip = false) => ({
  'content-type': type,
  'x-request-id': 'req_bench',
  ...(length === undefined ? {} : { 'content-length': String(length) }),
  ...(gzip ? { 'content-encoding': 'gzip' } : {}),
});

/**
 * `bench-stream-N` streams N chunks at once; `bench-paced-N-D` one chunk every D ms; anything else is JSON. A model
 * starting `bench-gzip` (`bench-gzip`, `bench-gzip-stream-N`) gets its reply gzipped, whatever the request's
 * `accept-encoding`, as from a proxy that compresses everything: every client then decodes the same bytes.
 */
function answerChat(body, res) {
  const { model: requested, stream } = JSON.parse(body);
  const gzip = requested.startsWith('bench-gzip');
  const model = gzip ? requested.replace('bench-gzip', 'bench') : requested;
  if (!stream) {
    const reply = gzip ? gzippedCompletion : completion;
    res.writeHead(200, headers('application/json', reply.length, gzip)).end(reply);
    return;
  }
  const paced = /^bench-paced-(\d+)-(\d+)$/.exec(model);
  res.writeHead(200, headers('text/event-stream', undefined, gzip && !paced));
  if (!paced) {
    res.end(streamBody(Number(/^bench-stream-(\d+)$/.exec(model)?.[1] ?? 10), gzip));
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

/**
 * `POST /v1/embeddings`: 100 embeddings of 1,536 float32s (the same each time), as the request's `encoding_format`
 * asks: base64 of the little-endian bytes, or JSON numbers written as the API writes float32s (the shortest decimal
 * that reads back as the same float32). Each body is built once.
 */
const embeddingReplies = new Map();
function float32Text(value) {
  for (let digits = 1; digits < 17; digits++) {
    const text = value.toPrecision(digits);
    if (Math.fround(Number(text)) === value) return String(Number(text));
  }
  return String(value);
}
function embeddingsReply(encoding) {
  let body = embeddingReplies.get(encoding);
  if (!body) {
    let seed = 3;
    const data = Array.from({ length: 100 }, (_, index) => {
      const values = Float32Array.from({ length: 1536 }, () => {
        seed = (seed * 16_807) % 2_147_483_647;
        return (seed / 2_147_483_647 - 0.5) / 5;
      });
      const embedding =
        encoding === 'base64'
          ? Buffer.from(values.buffer).toString('base64')
          : `[${Array.from(values, float32Text).join(',')}]`;
      return `{"object":"embedding","index":${index},"embedding":${encoding === 'base64' ? `"${embedding}"` : embedding}}`;
    });
    body = Buffer.from(
      `{"object":"list","data":[${data.join(',')}],"model":"text-embedding-3-small","usage":{"prompt_tokens":100,"total_tokens":100}}`,
    );
    embeddingReplies.set(encoding, body);
  }
  return body;
}

const server = createServer((req, res) => {
  if (req.url === '/v1/embeddings') {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const { encoding_format } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const body = embeddingsReply(encoding_format === 'base64' ? 'base64' : 'float');
      res.writeHead(200, headers('application/json', body.length)).end(body);
    });
    return;
  }
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
  const size = /^\/v1\/negotiated-(small|large)$/.exec(req.url ?? '')?.[1];
  if (size) {
    req.resume().on('end', () => answerNegotiated(size, req.headers['accept-encoding'], res));
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
/**
 * The text deltas of a realtime response as WebSocket frames, built once per count and written in one go, as the
 * SSE bodies above are: the server's own framing costs nothing, so the client's work is what is measured.
 */
const deltaFrames = new Map();
function realtimeDeltas(count) {
  let frames = deltaFrames.get(count);
  if (!frames) {
    const options = { fin: true, opcode: 1, mask: false, readOnly: false, rsv1: false };
    frames = Buffer.concat(
      Array.from({ length: count }, (_, index) =>
        Buffer.concat(
          Sender.frame(
            Buffer.from(
              JSON.stringify({
                type: 'response.output_text.delta',
                event_id: `event_${index}`,
                response_id: 'resp_bench',
                item_id: 'item_bench',
                output_index: 0,
                content_index: 0,
                delta: `token${index} `,
              }),
            ),
            options,
          ),
        ),
      ),
    );
    deltaFrames.set(count, frames);
  }
  return frames;
}

const realtimeEvent = (type, fields) => JSON.stringify({ type, event_id: `event_${type}`, ...fields });

/** `/v1/realtime?model=bench-events-N`: a session.created, then N text deltas for each response.create. */
const realtime = new WebSocketServer({ noServer: true, perMessageDeflate: false });
realtime.on('connection', (socket, request) => {
  const count = Number(/bench-events-(\d+)/.exec(request.url ?? '')?.[1] ?? 10);
  socket.send(
    realtimeEvent('session.created', { session: { type: 'realtime', id: 'sess_bench', object: 'realtime.session' } }),
  );
  socket.on('message', (data) => {
    const event = JSON.parse(data);
    if (event.type !== 'response.create') return;
    const response = { id: 'resp_bench', object: 'realtime.response', metadata: event.response?.metadata ?? null };
    socket.send(realtimeEvent('response.created', { response: { ...response, status: 'in_progress', output: [] } }));
    // Straight to the TCP socket, behind the frame ws just queued there.
    socket._socket.write(realtimeDeltas(count));
    socket.send(realtimeEvent('response.done', { response: { ...response, status: 'completed', output: [] } }));
  });
});

server.on('upgrade', (request, socket, head) => {
  realtime.handleUpgrade(request, socket, head, (ws) => realtime.emit('connection', ws, request));
});
server.keepAliveTimeout = 60_000;
server.requestTimeout = 0;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
