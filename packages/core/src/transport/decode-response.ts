import { pipeline, Readable } from 'node:stream';
import { OpenAIError } from '../errors/openai-error.js';
import { noop } from '../utils/noop.js';
import { contentCodings, decodingError } from './content-codings.js';
import { createContentDecoder } from './create-content-decoder.js';
import type { TransportResponse } from './transport.js';

/** More codings than anyone stacks is a broken server, or one making the client work for nothing. */
const MAX_CODINGS = 3;

/**
 * `response` with the server's `content-encoding` undone, the last coding applied first (`gzip, br` is brotli over
 * gzip); `response` itself when there is nothing to undo (`identity`). A coding it cannot undo fails here with an
 * `OpenAIError` naming it, after freeing the connection, rather than pass on bytes no reader could use.
 *
 * Read whole (`text()`), the body is decoded in one go, which costs a fraction of a stream; read as it comes (`body`,
 * `webStream()`), it goes through a pipeline of decoding streams, made then. Destroying the raw body destroys them,
 * and leaving the decoded body early destroys the raw one. Its headers stay as the server sent them.
 */
export function decodeResponse(
  response: TransportResponse & { body: Readable },
  contentEncoding: string,
): TransportResponse {
  const { body } = response;
  const codings = contentEncoding
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity')
    .reverse();
  if (codings.length === 0) return response;
  if (codings.length > MAX_CODINGS) refuse(body, `${codings.length} stacked content codings`);
  for (const coding of codings)
    if (!Object.hasOwn(contentCodings, coding)) refuse(body, `content-encoding ${quoted(coding)}`);

  let decoded: Readable | undefined;
  const stream = (): Readable => {
    if (!decoded) {
      const decoders = codings.map(createContentDecoder);
      pipeline([body, ...decoders], noop);
      decoded = decoders[decoders.length - 1]!;
    }
    return decoded;
  };
  return {
    ...response,
    get body() {
      return stream();
    },
    text: async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of body) chunks.push(chunk);
      let bytes: Uint8Array = Buffer.concat(chunks);
      for (const coding of codings) {
        if (bytes.byteLength === 0) break;
        try {
          bytes = contentCodings[coding]!.whole(bytes);
        } catch (error) {
          throw decodingError(coding, error as Error);
        }
      }
      return new TextDecoder().decode(bytes);
    },
    webStream: () => Readable.toWeb(stream()) as ReadableStream<Uint8Array>,
  };
}

function refuse(body: Readable, what: string): never {
  body.on('error', noop).destroy();
  throw new OpenAIError(
    `The server sent a body in ${what}, which the Node transport cannot decode (it decodes gzip, deflate and br).`,
  );
}

/** The coding as sent when it looks like one: a server could put anything there, even a credential it echoes. */
function quoted(coding: string): string {
  return /^[\w.+-]{1,20}$/.test(coding) ? `"${coding}"` : '(not shown)';
}
