import { Readable } from 'node:stream';
import { OpenAIError } from '../errors/openai-error.js';
import { noop } from '../utils/noop.js';
import { contentCodings, decodingError } from './content-codings.js';
import { createContentDecoder } from './create-content-decoder.js';
import type { TransportResponse } from './transport.js';

const utf8 = new TextDecoder();

/** More codings than anyone stacks is a broken server, or one making the client work for nothing. */
const MAX_CODINGS = 3;

/**
 * `response` with the server's `content-encoding` undone, the last coding applied first (`gzip, br` is brotli over
 * gzip); `response` itself when there is nothing to undo (`identity`). A coding it cannot undo fails here with an
 * `OpenAIError` naming it, after freeing the connection, rather than pass on bytes no reader could use.
 *
 * Read whole (`text()`, which takes the raw bytes from `readAll`), the body is decoded in one go, a fraction of what a
 * stream costs; read as it comes (`body`, `webStream()`), it goes through a pipeline of decoding streams, made then.
 * Destroying the raw body destroys them, and leaving the decoded body early destroys the raw one. Its headers stay as
 * the server sent them.
 */
export function decodeResponse(
  response: TransportResponse & { body: Readable },
  contentEncoding: string,
  readAll: () => Promise<Uint8Array>,
): TransportResponse {
  const { body } = response;
  const codings: string[] = [];
  for (const token of contentEncoding.toLowerCase().split(',')) {
    const coding = token.trim();
    if (coding !== '' && coding !== 'identity') codings.unshift(coding);
  }
  if (codings.length === 0) return response;
  if (codings.length > MAX_CODINGS) {
    refuse(body, `${codings.length} stacked content codings, more than the ${MAX_CODINGS} the Node transport undoes`);
  }
  for (const coding of codings) {
    if (!Object.hasOwn(contentCodings, coding)) {
      refuse(
        body,
        `content-encoding ${quoted(coding)}, which the Node transport cannot decode (it decodes gzip, deflate and br)`,
      );
    }
  }
  return new DecodedResponse(response, codings, readAll);
}

/** A class rather than an object literal with a getter: V8 makes those slowly, and there is one per reply. */
class DecodedResponse implements TransportResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly discard: () => void;
  readonly #raw: Readable;
  readonly #codings: string[];
  readonly #readAll: () => Promise<Uint8Array>;
  #decoded: Readable | undefined;

  constructor(response: TransportResponse & { body: Readable }, codings: string[], readAll: () => Promise<Uint8Array>) {
    this.status = response.status;
    this.headers = response.headers;
    this.discard = response.discard;
    this.#raw = response.body;
    this.#codings = codings;
    this.#readAll = readAll;
  }

  get body(): Readable {
    if (!this.#decoded) {
      const stages: Readable[] = [this.#raw];
      for (const coding of this.#codings) stages.push(stages[stages.length - 1]!.pipe(createContentDecoder(coding)));
      // As `pipeline` would, without the abort controller it makes, which costs a small reply more than its decoding:
      // a failure anywhere fails the decoded end, and once that closes, ended or left early, so does everything.
      const destroyAll = (error?: Error) => {
        for (const stage of stages) stage.destroy(error);
      };
      for (const stage of stages) stage.on('error', destroyAll);
      this.#decoded = stages[stages.length - 1]!.on('close', () => destroyAll());
    }
    return this.#decoded;
  }

  async text(): Promise<string> {
    let bytes = await this.#readAll();
    for (const coding of this.#codings) {
      if (bytes.byteLength === 0) break;
      try {
        bytes = contentCodings[coding]!.whole(bytes);
      } catch (error) {
        throw decodingError(coding, error as Error);
      }
    }
    return utf8.decode(bytes);
  }

  webStream(): ReadableStream<Uint8Array> {
    return Readable.toWeb(this.body) as ReadableStream<Uint8Array>;
  }
}

function refuse(body: Readable, why: string): never {
  body.on('error', noop).destroy();
  throw new OpenAIError(`The server sent a body in ${why}.`);
}

/** The coding as sent when it looks like one: a server could put anything there, even a credential it echoes. */
function quoted(coding: string): string {
  return /^[\w.+-]{1,20}$/.test(coding) ? `"${coding}"` : '(not shown)';
}
