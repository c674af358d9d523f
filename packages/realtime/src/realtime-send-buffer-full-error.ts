import { OpenAIError } from '@org/core';

/**
 * A send would take the bytes waiting to go out past `maxBufferedBytes`: the network is slower than the app sends.
 * Nothing of the event was sent; wait for the socket to drain (appendAudio waits by itself) or raise the limit.
 */
export class RealtimeSendBufferFullError extends OpenAIError {
  static override readonly kind: string = 'RealtimeSendBufferFullError';

  constructor(
    /** Bytes already waiting: the socket's `bufferedAmount` and the events queued while it was not open. */
    readonly bufferedBytes: number,
    /** The size of the event refused. */
    readonly eventBytes: number,
    readonly maxBufferedBytes: number,
  ) {
    super(
      `The realtime send buffer is full: ${bufferedBytes} bytes wait to go out, and ${eventBytes} more would pass maxBufferedBytes (${maxBufferedBytes}).`,
    );
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    RealtimeSendBufferFullError: RealtimeSendBufferFullError;
  }
}
