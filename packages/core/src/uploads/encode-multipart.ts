import { InvalidInputError } from '../errors/invalid-input-error.js';
import { iterableToReadableStream } from '../utils/iterable-to-readable-stream.js';
import { iterateReadableStream } from '../utils/iterate-readable-stream.js';
import { noop } from '../utils/noop.js';
import { isFetchResponse, isNamedUpload, isUploadable } from './is-uploadable.js';
import { MultipartBlob } from './multipart-blob.js';
import type { Uploadable } from './uploadable.js';

type Part = {
  /** What names a file part in the error when its source fails as it is read: its field, or `field[index]` in a list. */
  name?: string;
  headers: string;
  content: string | Blob | Uint8Array | AsyncIterable<Uint8Array>;
  /** A stream's length in bytes, when `toFile` was told it: the body then carries a content-length. */
  size?: number | undefined;
  /** Frees a stream source that may never be read: a Node stream's file, a web stream's reader. */
  discard?: () => void;
};

export interface EncodedMultipart {
  /** The content-type, and the content-length of a streamed body whose every part has a known size. */
  headers: Record<string, string>;
  /** A Blob when every part is already in memory or on disk (replayable, sized); a one-shot stream otherwise. */
  body: Blob | AsyncIterable<Uint8Array>;
  replayable: boolean;
  /** Frees the stream sources of a one-shot body when the call fails, whether they were read or not. */
  discard?: () => void;
}

/**
 * Encodes form fields and files as multipart/form-data without reading files
 * into memory: Blob parts stay lazy, stream parts are piped through as read.
 * Arrays become repeated `name[]` fields and objects `name[key]` fields.
 */
export function encodeMultipart(fields: Record<string, unknown>): EncodedMultipart {
  const boundary = `----openai-sdk-${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
  const parts: Part[] = [];
  for (const name in fields) addField(parts, name, fields[name]);

  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  const streamed = parts.some((part) => typeof part.content === 'object' && Symbol.asyncIterator in part.content);
  if (!streamed) {
    const pieces: BlobPart[] = [];
    for (const part of parts) pieces.push(`--${boundary}\r\n${part.headers}\r\n`, part.content as BlobPart, '\r\n');
    pieces.push(`--${boundary}--\r\n`);
    const body = new MultipartBlob(pieces as (string | Uint8Array | Blob)[]);
    // Node's fetch and undici transport read a Blob body through `stream()`: reading it part by part names the file
    // that fails (one deleted or changed since `fileFromPath`). Browsers read the Blob natively.
    body.stream = () => iterableToReadableStream(streamParts(parts, boundary)) as ReturnType<Blob['stream']>;
    return { headers, body, replayable: true };
  }
  const length = byteLength(parts, boundary);
  if (!Number.isNaN(length)) headers['content-length'] = String(length);
  const discard = () => {
    for (const part of parts) part.discard?.();
  };
  return { headers, body: streamParts(parts, boundary), replayable: false, discard };
}

/** The encoded body's length in bytes; NaN when a stream's is unknown, and the body goes chunked. */
function byteLength(parts: Part[], boundary: string): number {
  const encoder = new TextEncoder();
  const textLength = (text: string) => encoder.encode(text).byteLength;
  let total = textLength(`--${boundary}--\r\n`);
  for (const { headers, content, size } of parts) {
    total += textLength(`--${boundary}\r\n${headers}\r\n`) + 2;
    if (typeof content === 'string') total += textLength(content);
    else if (content instanceof Blob) total += content.size;
    else total += content instanceof Uint8Array ? content.byteLength : (size ?? Number.NaN);
  }
  return total;
}

/** `label` names the value in errors: the field name, with the index of each list item it sits in. */
function addField(parts: Part[], name: string, value: unknown, label = name): void {
  if (value === undefined || value === null) return;
  if (isUploadable(value)) {
    parts.push(filePart(name, value, label));
  } else if (Array.isArray(value)) {
    const itemName = name.endsWith('[]') ? name : `${name}[]`;
    for (const [index, item] of value.entries()) addField(parts, itemName, item, `${label}[${index}]`);
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    for (const key in record) addField(parts, `${name}[${key}]`, record[key], `${label}[${key}]`);
  } else {
    const text = value instanceof Date ? value.toISOString() : String(value);
    parts.push({ headers: `Content-Disposition: form-data; name="${escapeQuoted(name, label)}"\r\n`, content: text });
  }
}

function filePart(name: string, upload: Uploadable, label: string): Part {
  // A fetch `Response` is sent as its body is read (fetch has undone any content-encoding), named by its URL.
  const response = isFetchResponse(upload) ? upload : undefined;
  const named = isNamedUpload(upload) ? upload : undefined;
  const data = response ? (response.body ?? new Uint8Array(0)) : named ? named.data : upload;
  const filename = named?.name ?? fileNameOf(response ? { path: new URL(response.url || 'x:/').pathname } : data);
  const type =
    named?.type ||
    response?.headers.get('content-type') ||
    (data instanceof Blob && data.type) ||
    'application/octet-stream';
  const headers =
    `Content-Disposition: form-data; name="${escapeQuoted(name, label)}"; filename="${escapeQuoted(filename, label)}"\r\n` +
    `Content-Type: ${type.replace(/[\r\n]/g, '')}\r\n`;
  return {
    name: label,
    headers,
    size: named?.size,
    ...toPartContent(data as Exclude<Uploadable, { data: unknown } | Response>),
  };
}

/**
 * A `File`'s name, or the last segment of an `fs.ReadStream`'s path: the API reads the format of audio and other
 * files from the extension, so a stream opened with `createReadStream('speech.mp3')` must arrive as `speech.mp3`.
 */
function fileNameOf(data: unknown): string {
  const { name, path } = data as { name?: unknown; path?: unknown };
  if (typeof name === 'string' && name) return name;
  const pathText = path instanceof Uint8Array ? new TextDecoder().decode(path) : path;
  if (typeof pathText === 'string') {
    const last = pathText.split(/[\\/]/).pop();
    if (last) return last;
  }
  return 'upload';
}

function toPartContent(
  data: Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): Pick<Part, 'content' | 'discard'> {
  if (data instanceof Blob || data instanceof Uint8Array) return { content: data };
  if (data instanceof ArrayBuffer) return { content: new Uint8Array(data) };
  // Before the async iterables: a web stream is one too in Node, but only cancelling it frees its source.
  if (typeof ReadableStream === 'function' && data instanceof ReadableStream) {
    const discard = () => {
      if (!data.locked) data.cancel().catch(noop);
    };
    return { content: iterateReadableStream(data), discard };
  }
  const { destroy } = data as { destroy?: () => void };
  return {
    content: data as AsyncIterable<Uint8Array>,
    discard: typeof destroy === 'function' ? () => destroy.call(data) : undefined,
  };
}

/**
 * Browsers' own escaping for names in Content-Disposition: quotes and line breaks percent-encoded. A name that could not
 * arrive as it is, since a server decodes those escapes (a `%22` of its own) or it is no Unicode text (a lone
 * surrogate), is refused, naming the field `label`.
 */
function escapeQuoted(text: string, label: string): string {
  if (/%(22|0a|0d)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/i.test(text)) {
    throw new InvalidInputError(label, 'a name with %22, %0A, %0D or a lone surrogate would not arrive as it is');
  }
  return text.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

async function* streamParts(parts: Part[], boundary: string): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for (const part of parts) {
    yield encoder.encode(`--${boundary}\r\n${part.headers}\r\n`);
    const content = part.content;
    if (typeof content === 'string') yield encoder.encode(content);
    else if (content instanceof Uint8Array) yield content;
    else {
      // A source that fails as it is read (a file deleted or changed since `fileFromPath`, a stream that errors) is
      // bad input, not a broken connection. fetch wraps this error in its TypeError; sendRequest takes it back out.
      const size = content instanceof Blob ? content.size : part.size;
      let sent = 0;
      try {
        for await (const chunk of content instanceof Blob ? iterateReadableStream(content.stream()) : content) {
          const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
          sent += bytes.byteLength;
          // Past the size the content-length promised, the server would take the rest for garbage.
          if (size !== undefined && sent > size) break;
          yield bytes;
        }
      } catch (cause) {
        const problem = `reading it failed mid-upload: ${(cause as Error)?.message}`;
        throw new InvalidInputError(part.name as string, problem, { cause });
      }
      if (size !== undefined && sent !== size) {
        const problem = `its size says ${size} bytes, but it gave ${sent > size ? 'more' : sent}`;
        throw new InvalidInputError(part.name as string, problem);
      }
    }
    yield encoder.encode('\r\n');
  }
  yield encoder.encode(`--${boundary}--\r\n`);
}
