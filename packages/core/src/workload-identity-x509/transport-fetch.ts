import { AttemptSignal } from '../transport/attempt-signal.js';
import type { FetchLike } from '../transport/fetch-like.js';
import type { Transport } from '../transport/transport.js';
import { onAbort } from '../utils/on-abort.js';

/**
 * As much of a fetch as the token exchange uses (a POST of text; the reply's status, headers and text), over
 * `transport`: the Node transport's undici request API on the credential's agent, rather than undici's own fetch, which
 * takes longer to load than all the rest.
 */
export function transportFetch(transport: Transport): FetchLike {
  return async (url, init) => {
    const signal = new AttemptSignal();
    const stopWatching = onAbort(init.signal as AbortSignal, () => signal.abort(init.signal?.reason));
    try {
      const reply = await transport({
        method: init.method ?? 'GET',
        url,
        headers: init.headers as Record<string, string>,
        body: init.body as string | undefined,
        signal,
      });
      const text = await reply.text();
      const response = {
        type: 'basic',
        status: reply.status,
        headers: new Headers(reply.headers),
        text: async () => text,
      };
      return response as Response;
    } finally {
      stopWatching();
    }
  };
}
