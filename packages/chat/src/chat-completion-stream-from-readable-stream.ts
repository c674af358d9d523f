import { type StreamFromReadableStreamOptions, streamFromReadableStream } from '@org/core';
import { ChatCompletionStream } from './chat-completion-stream.js';

/**
 * Rebuilds a `ChatCompletionStream` from the bytes of `stream.toReadableStream()`, e.g. in a browser reading the relay
 * of the app's own backend: the same events, the same final completion. `signal` aborts it. A relay cut short on the
 * way (no last `[DONE]` line) raises `StreamTruncatedError`, unless `lenientStreamEnd`.
 */
export function chatCompletionStreamFromReadableStream(
  readable: ReadableStream<Uint8Array>,
  options?: StreamFromReadableStreamOptions,
): ChatCompletionStream {
  const { lenientStreamEnd } = options ?? {};
  return new ChatCompletionStream(streamFromReadableStream(readable, { lenientStreamEnd }), options?.signal);
}
