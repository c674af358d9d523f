import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import sendWithDispatcher from 'undici/lib/api/api-request.js';
import Agent from 'undici/lib/dispatcher/agent.js';
import { readEnv } from '../config/read-env.js';
import { noop } from '../utils/noop.js';
import type { Transport } from './transport.js';
import { withAcceptEncoding } from './with-accept-encoding.js';

/** The agent itself once made; a promise only while the proxy agent's module loads. */
let sharedDispatcher: Dispatcher | Promise<Dispatcher> | undefined;

/**
 * One keep-alive agent per process, proxied when `HTTPS_PROXY`/`HTTP_PROXY` is set
 * (honouring `NO_PROXY`). Its own header and body timeouts are off: the SDK's
 * timeouts govern, so a long generation is not cut at undici's 300 s default.
 */
function defaultDispatcher(): Dispatcher | Promise<Dispatcher> {
  if (sharedDispatcher) return sharedDispatcher;
  const options = { headersTimeout: 0, bodyTimeout: 0, keepAliveTimeout: 4_000 };
  const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => readEnv(name));
  // The proxy agent needs the dispatcher methods that only undici's entry point installs.
  sharedDispatcher = proxied
    ? import('undici').then(({ EnvHttpProxyAgent }) => {
        sharedDispatcher = new EnvHttpProxyAgent(options);
        return sharedDispatcher;
      })
    : new Agent(options);
  return sharedDispatcher;
}

/** Loaded with the first compressed reply: node:zlib would cost every process that never gets one at start-up. */
let decodeResponse: typeof import('./decode-response.js').decodeResponse | undefined;

/** The Node transport: undici's request API, faster than fetch, on a keep-alive agent or the user's dispatcher. */
export function createUndiciTransport(dispatcher?: Dispatcher): Transport {
  return async ({ method, url, headers, body, signal, fetchOptions }) => {
    const { origin, pathname, search } = new URL(url);
    const target = (fetchOptions?.dispatcher as Dispatcher | undefined) ?? dispatcher ?? defaultDispatcher();
    const sent = withAcceptEncoding(url, headers);
    // Awaiting only a pending agent keeps a microtask tick off every request.
    const response = await sendWithDispatcher.call(target instanceof Promise ? await target : target, {
      origin,
      path: pathname + search,
      method: method as Dispatcher.HttpMethod,
      headers: body instanceof Blob ? { 'content-length': String(body.size), ...sent } : sent,
      // undici sends any async iterable as a streamed body; its types list only Node streams.
      body: (body instanceof Blob ? body.stream() : body) as Dispatcher.DispatchOptions['body'],
      signal,
    });
    const responseHeaders: Record<string, string> = {};
    for (const name in response.headers) {
      const value = response.headers[name];
      if (value !== undefined) responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const responseBody = response.body;
    const raw = {
      status: response.statusCode,
      // undici's request API keeps no reason phrase; HTTP/2 has none at all.
      statusText: STATUS_CODES[response.statusCode],
      headers: responseHeaders,
      body: responseBody,
      text: () => responseBody.text(),
      webStream: () => Readable.toWeb(responseBody) as ReadableStream<Uint8Array>,
      discard: () => {
        // Destroyed before its end, undici's body emits an error, and nothing reads this body any more to hear it.
        responseBody.on('error', noop).destroy();
      },
    };
    const encoding = responseHeaders['content-encoding'];
    // Unlike fetch, undici's request hands on the body as it came. A HEAD reply, a 204 and a 304 have none to decode.
    if (encoding === undefined || method === 'HEAD' || raw.status === 204 || raw.status === 304) return raw;
    decodeResponse ??= (await import('./decode-response.js')).decodeResponse;
    return decodeResponse(raw, encoding, () => responseBody.bytes());
  };
}
