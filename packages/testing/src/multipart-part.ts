import { createHash, type Hash } from 'node:crypto';
import { type MultipartHandler, MultipartParser } from './multipart-parser.js';

/** The largest part whose text is kept for `text()`. */
export const MAX_PART_TEXT_BYTES = 64 * 1024;

/** One part of a multipart/form-data body. Its content is hashed and counted, not kept (except small parts). */
export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  /** All part headers, names lowercased. */
  headers: Record<string, string>;
  size: number;
  /** Hex sha256 of the part's content. */
  sha256: string;
  /** The content as UTF-8; throws for parts larger than 64 KiB. */
  text(): string;
}

/** Streams a multipart body into `parts`, appending each part once it is complete. */
export class MultipartRecorder {
  readonly #parser: MultipartParser;

  constructor(boundary: string, parts: MultipartPart[]) {
    this.#parser = new MultipartParser(boundary, partCollector(parts));
  }

  write(chunk: Uint8Array): void {
    this.#parser.write(chunk);
  }
}

function partCollector(parts: MultipartPart[]): MultipartHandler {
  let headers: Record<string, string> = {};
  let hash: Hash = createHash('sha256');
  let size = 0;
  let kept: Buffer[] = [];
  return {
    onPartBegin(partHeaders) {
      headers = partHeaders;
      hash = createHash('sha256');
      size = 0;
      kept = [];
    },
    onPartData(chunk) {
      hash.update(chunk);
      size += chunk.byteLength;
      if (size <= MAX_PART_TEXT_BYTES) kept.push(Buffer.from(chunk));
      else kept = [];
    },
    onPartEnd() {
      parts.push(createPart(headers, size, hash.digest('hex'), size <= MAX_PART_TEXT_BYTES ? kept : undefined));
    },
  };
}

function createPart(headers: Record<string, string>, size: number, sha256: string, content?: Buffer[]): MultipartPart {
  const disposition = parseDisposition(headers['content-disposition'] ?? '');
  const part: MultipartPart = {
    name: disposition.name ?? '',
    headers,
    size,
    sha256,
    text() {
      if (!content) throw new Error(`Part "${part.name}" has ${size} bytes; text() keeps parts up to 64 KiB`);
      return Buffer.concat(content).toString('utf8');
    },
  };
  if (disposition.filename !== undefined) part.filename = disposition.filename;
  if (headers['content-type'] !== undefined) part.contentType = headers['content-type'];
  return part;
}

/** Reads `name` and `filename` (or `filename*`) from a content-disposition header. */
function parseDisposition(header: string): { name?: string; filename?: string } {
  const params: Record<string, string> = {};
  for (const match of header.matchAll(/;\s*([^\s=;]+)\s*=\s*(?:"([^"]*)"|([^;]*))/g)) {
    params[match[1]!.toLowerCase()] = match[2] ?? match[3]!.trim();
  }
  const extended = params['filename*'] && decodeExtendedValue(params['filename*']);
  const result: { name?: string; filename?: string } = {};
  if (params.name !== undefined) result.name = unescapeQuoted(params.name);
  if (extended) result.filename = extended;
  else if (params.filename !== undefined) result.filename = unescapeQuoted(params.filename);
  return result;
}

// fetch and browsers percent-escape these three characters inside quoted names (HTML multipart encoding)
function unescapeQuoted(value: string): string {
  return value.replace(/%22/g, '"').replace(/%0A/gi, '\n').replace(/%0D/gi, '\r');
}

/** RFC 5987 `charset'lang'percent-encoded`. */
function decodeExtendedValue(value: string): string | undefined {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[2]!);
  } catch {
    return undefined;
  }
}
