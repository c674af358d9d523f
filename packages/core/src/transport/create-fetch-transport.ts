import { iterableToReadableStream } from '../utils/iterable-to-readable-stream.js';
import { iterateReadableStream } from '../utils/iterate-readable-stream.js';
import { noop } from '../utils/noop.js';
import type { FetchLike } from './fetch-like.js';
import type { Transport, TransportBody } from './transport.js';

/** A transport over `fetch`: the platform's in browsers, workers, Deno and Bun, or one the user injects. */
export function createFetchTransport(fetchImpl: FetchLike): Transport {
  return async ({ method, url, headers, body, signal, fetchOptions }) => {
    const streamed = body !== undefined && isAsyncIterable(body);
    const upload = streamed || body instanceof Blob;
    const response = await fetchImpl(url, {
      ...fetchOptions,
      method,
      headers,
      body: streamed ? iterableToReadableStream(body) : (body as BodyInit | undefined),
      signal: signal.toAbortSignal(),
      // Node's fetch keeps every byte of a body it may have to send again after a redirect: an upload of any size
      // would sit whole in memory. Refusing redirects for uploads lets it drop them, as the Node transport never
      // follows one either.
      ...(upload ? { redirect: 'error' as const } : {}),
      ...(streamed ? { duplex: 'half' as const } : {}),
    });
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    return {
      status: response.status,
      statusText: response.statusText,
      headers: responseHeaders,
      body: response.body ? iterateReadableStream(response.body) : emptyBody(),
      text: () => response.text(),
      webStream: () => response.body ?? new ReadableStream({ start: (controller) => controller.close() }),
      discard: () => {
        response.body?.cancel().catch(noop);
      },
    };
  };
}

function isAsyncIterable(body: TransportBody): body is AsyncIterable<Uint8Array> {
  return typeof body === 'object' && Symbol.asyncIterator in body;
}

async function* emptyBody(): AsyncGenerator<Uint8Array> {}
