// The limit: undici's request API and eventsource-parser with nothing around them, what any SDK pays at least. A gzipped
// reply is undone with node:zlib, the least a client that reads it can do: in one go for JSON, as a stream for SSE.
import { createReadStream, statSync } from 'node:fs';
import { createGunzip, gunzipSync } from 'node:zlib';

const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-bench' };

export async function load(baseURL) {
  const [{ request }, { createParser }] = await Promise.all([import('undici'), import('eventsource-parser')]);
  return {
    async chat(body) {
      const response = await request(`${baseURL}/chat/completions`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      if (response.headers['content-encoding'] !== 'gzip') return response.body.json();
      return JSON.parse(gunzipSync(await response.body.bytes()).toString());
    },
    async streamChat(body, onChunk) {
      const response = await request(`${baseURL}/chat/completions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ ...body, stream: true }),
      });
      const decoder = new TextDecoder();
      const parser = createParser({
        onEvent: (event) => {
          if (event.data !== '[DONE]') onChunk(JSON.parse(event.data));
        },
      });
      const gzipped = response.headers['content-encoding'] === 'gzip';
      for await (const bytes of gzipped ? response.body.pipe(createGunzip()) : response.body) {
        parser.feed(decoder.decode(bytes, { stream: true }));
      }
    },
    /** A raw streamed body, no multipart: the least memory an upload can take. */
    async upload(file) {
      const response = await request(`${baseURL}/files`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(statSync(file).size) },
        body: createReadStream(file),
      });
      return response.body.json();
    },
  };
}
