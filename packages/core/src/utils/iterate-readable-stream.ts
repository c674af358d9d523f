import { noop } from './noop.js';

/** Reads a web stream with a reader (browsers lack async iteration of ReadableStream), cancelling it if left early. */
export async function* iterateReadableStream<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) reader.cancel().catch(noop);
    reader.releaseLock();
  }
}
