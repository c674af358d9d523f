import { StreamError } from './stream-error.js';

/**
 * A stream's body ended before the stream did: in the middle of an event or line, before its end marker (`[DONE]`, a
 * terminal event), or short of its `content-length`. What arrived before was delivered; nothing is assembled from it.
 */
export class StreamTruncatedError extends StreamError {
  static override readonly kind: string = 'StreamTruncatedError';

  constructor(detail: string) {
    super(`The stream was cut short: ${detail}.`);
  }
}
