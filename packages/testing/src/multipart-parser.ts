export interface MultipartHandler {
  /** Header names are lowercased. */
  onPartBegin(headers: Record<string, string>): void;
  /** The chunk is only valid during the call; copy it to keep it. */
  onPartData(chunk: Uint8Array): void;
  onPartEnd(): void;
}

type State = 'preamble' | 'after-boundary' | 'headers' | 'body' | 'done' | 'error';

const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 16 * 1024;

/** Extracts the boundary parameter of a multipart content-type, or undefined. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * An incremental multipart/form-data parser: feed it chunks of any size (a boundary may be split across
 * chunks) and it reports parts as they stream by, holding at most a few bytes more than one chunk.
 */
export class MultipartParser {
  #state: State = 'preamble';
  // A virtual CRLF in front of the body lets the first boundary match the same delimiter as the others.
  #pending: Buffer = Buffer.from(CRLF);
  readonly #delimiter: Buffer;
  readonly #handler: MultipartHandler;

  constructor(boundary: string, handler: MultipartHandler) {
    this.#delimiter = Buffer.from(`\r\n--${boundary}`);
    this.#handler = handler;
  }

  /** True once the closing boundary has been seen. */
  get complete(): boolean {
    return this.#state === 'done';
  }

  /** True if the input could not be parsed; the rest of it is then ignored. */
  get failed(): boolean {
    return this.#state === 'error';
  }

  write(chunk: Uint8Array): void {
    if (this.complete || this.failed) return;
    const input = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const buffer = this.#pending.length > 0 ? Buffer.concat([this.#pending, input]) : input;
    let offset = 0;
    for (;;) {
      const consumed = this.#step(buffer.subarray(offset));
      if (consumed === 0) break;
      offset += consumed;
    }
    // copy, so the kept tail does not pin the caller's whole chunk
    this.#pending = this.complete || this.failed ? Buffer.alloc(0) : Buffer.from(buffer.subarray(offset));
  }

  /** Consumes the start of `buffer` and returns how many bytes it used; 0 means it needs more input. */
  #step(buffer: Buffer): number {
    switch (this.#state) {
      case 'preamble': {
        const index = buffer.indexOf(this.#delimiter);
        if (index === -1) return Math.max(0, buffer.length - this.#delimiter.length + 1);
        this.#state = 'after-boundary';
        return index + this.#delimiter.length;
      }
      case 'after-boundary': {
        if (buffer.length < 2) return 0;
        if (buffer[0] === 0x2d && buffer[1] === 0x2d) {
          this.#state = 'done';
          return 0;
        }
        const lineEnd = buffer.indexOf(CRLF);
        if (lineEnd === -1) return buffer.length > 1024 ? this.#fail() : 0;
        // only transport padding (linear whitespace) may follow a boundary on its line
        if (!/^[ \t]*$/.test(buffer.toString('latin1', 0, lineEnd))) return this.#fail();
        this.#state = 'headers';
        return lineEnd + 2;
      }
      case 'headers': {
        if (buffer.length >= 2 && buffer[0] === 0x0d && buffer[1] === 0x0a) return this.#beginPart('', 2);
        const end = buffer.indexOf(HEADERS_END);
        if (end === -1) return buffer.length > MAX_HEADER_BYTES ? this.#fail() : 0;
        return this.#beginPart(buffer.toString('utf8', 0, end), end + 4);
      }
      case 'body': {
        const index = buffer.indexOf(this.#delimiter);
        if (index === -1) {
          // the tail may be the start of a delimiter split across chunks
          const safe = buffer.length - this.#delimiter.length + 1;
          if (safe <= 0) return 0;
          this.#handler.onPartData(buffer.subarray(0, safe));
          return safe;
        }
        if (index > 0) this.#handler.onPartData(buffer.subarray(0, index));
        this.#handler.onPartEnd();
        this.#state = 'after-boundary';
        return index + this.#delimiter.length;
      }
      default:
        return 0;
    }
  }

  #beginPart(headerBlock: string, consumed: number): number {
    this.#handler.onPartBegin(parseHeaders(headerBlock));
    this.#state = 'body';
    return consumed;
  }

  #fail(): number {
    this.#state = 'error';
    return 0;
  }
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}
