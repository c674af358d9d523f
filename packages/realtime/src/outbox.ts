import { bytesToBase64 } from './base64.js';
import { RealtimeSendBufferFullError } from './realtime-send-buffer-full-error.js';
import type { RealtimeTransport } from './realtime-transport.js';

/** An event waiting to go out; `sent` runs once it is handed to the socket. */
interface TextEntry {
  text: string;
  sent: (() => void) | undefined;
}

/** Audio waiting to go out, one `input_audio_buffer.append` per chunk, encoded only when its turn comes. */
interface AudioEntry {
  audio: Uint8Array;
  offset: number;
  chunkBytes: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** How often a full socket is looked at again: WebSockets tell of no drain. */
const DRAIN_POLL_MS = 10;

/** The JSON around an append's base64, counted with it. */
const APPEND_OVERHEAD = 48;

function appendText(chunk: Uint8Array): string {
  return `{"type":"input_audio_buffer.append","audio":"${bytesToBase64(chunk)}"}`;
}

function encodedSize(bytes: number, chunkBytes: number): number {
  return Math.ceil(bytes / 3) * 4 + Math.ceil(bytes / chunkBytes) * APPEND_OVERHEAD;
}

/**
 * Everything the connection sends, in order, within one bound: what waits to go out (the socket's `bufferedAmount`
 * and what is queued here while the socket is not open or is full) never passes `maxBytes`. A send that would throws
 * `RealtimeSendBufferFullError`; audio, which may be larger than the bound, waits for room chunk by chunk instead.
 */
export class Outbox {
  readonly #maxBytes: number;
  readonly #entries: Array<TextEntry | AudioEntry> = [];
  #queuedBytes = 0;
  #transport: RealtimeTransport | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  /** Bytes waiting to go out. */
  get bufferedBytes(): number {
    return (this.#transport?.bufferedAmount ?? 0) + this.#queuedBytes;
  }

  /** The socket is open: what waits goes out. */
  attach(transport: RealtimeTransport): void {
    this.#transport = transport;
    this.#drain();
  }

  /** The socket is gone: what waits stays queued for the next one. */
  detach(): void {
    this.#transport = undefined;
    clearTimeout(this.#timer);
  }

  /** Sends `text` now, or queues it behind what waits; throws `RealtimeSendBufferFullError` when it would not fit. */
  push(text: string, sent?: () => void): void {
    const transport = this.#transport;
    if (transport && this.#entries.length === 0 && transport.bufferedAmount + text.length <= this.#maxBytes) {
      transport.send(text);
      sent?.();
      return;
    }
    this.#admit(text.length);
    this.#entries.push({ text, sent });
    this.#queuedBytes += text.length;
    this.#drain();
  }

  /**
   * Sends PCM audio as appends of `chunkBytes`, as fast as the socket drains; resolves once the last chunk is handed
   * to the socket. Audio is taken, whatever its length, unless the buffer is full already: it is the caller's own
   * memory, encoded a chunk at a time, and the bound holds again once it has gone out.
   */
  pushAudio(audio: Uint8Array, chunkBytes: number): Promise<void> {
    const size = encodedSize(audio.byteLength, chunkBytes);
    const waiting = this.bufferedBytes;
    if (waiting >= this.#maxBytes) throw new RealtimeSendBufferFullError(waiting, size, this.#maxBytes);
    return new Promise((resolve, reject) => {
      this.#entries.push({ audio, offset: 0, chunkBytes, resolve, reject });
      this.#queuedBytes += size;
      this.#drain();
    });
  }

  /** Drops what waits: audio rejects with `error`, events are never sent. */
  clear(error: Error): void {
    clearTimeout(this.#timer);
    for (const entry of this.#entries.splice(0)) if ('audio' in entry) entry.reject(error);
    this.#queuedBytes = 0;
  }

  #admit(size: number): void {
    const waiting = this.bufferedBytes;
    if (waiting + size > this.#maxBytes) throw new RealtimeSendBufferFullError(waiting, size, this.#maxBytes);
  }

  #drain(): void {
    const transport = this.#transport;
    if (!transport) return;
    clearTimeout(this.#timer);
    for (let entry = this.#entries[0]; entry; entry = this.#entries[0]) {
      if ('text' in entry) {
        if (!this.#fits(transport, entry.text.length)) break;
        this.#entries.shift();
        this.#queuedBytes -= entry.text.length;
        transport.send(entry.text);
        entry.sent?.();
        continue;
      }
      const { audio, chunkBytes } = entry;
      const chunk = audio.subarray(entry.offset, entry.offset + chunkBytes);
      const text = appendText(chunk);
      if (!this.#fits(transport, text.length)) break;
      transport.send(text);
      const left = audio.byteLength - entry.offset;
      entry.offset += chunk.byteLength;
      this.#queuedBytes -= encodedSize(left, chunkBytes) - encodedSize(left - chunk.byteLength, chunkBytes);
      if (entry.offset >= audio.byteLength) {
        this.#entries.shift();
        entry.resolve();
      }
    }
    if (this.#entries.length > 0) this.#timer = setTimeout(() => this.#drain(), DRAIN_POLL_MS);
  }

  /** Whether `size` more bytes may go to the socket now: within the bound, or anyway when the socket is empty. */
  #fits(transport: RealtimeTransport, size: number): boolean {
    const buffered = transport.bufferedAmount;
    return buffered === 0 || buffered + size <= this.#maxBytes;
  }
}
