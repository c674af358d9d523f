import { streamFromReadableStream } from '@org/core';
import { ChatCompletionStream } from './chat-completion-stream.js';

/**
 * Rebuilds a `ChatCompletionStream` from the bytes of `stream.toReadableStream()`, e.g. in a browser reading the relay
 * of the app's own backend: the same events, the same final completion. `signal` aborts it.
 */
export function chatCompletionStreamFromReadableStream(
  readable: ReadableStream<Uint8Array>,
  options?: { signal?: AbortSignal },
): ChatCompletionStream {
  return new ChatCompletionStream(streamFromReadableStream(readable), options?.signal);
}
