import { askKeyProvider } from '../client/ask-key-provider.js';
import type { ClientConfig } from '../client/client-config.js';
import { KEY_HEADER } from '../client/key-header.js';
import { type APIError, createAPIError } from '../errors/api-error.js';
import { APIConnectionError, APIUserAbortError } from '../errors/connection-errors.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { OpenAIError } from '../errors/openai-error.js';
import { parseErrorBody } from '../errors/parse-error-body.js';
import type { HookRequest } from '../hooks/hooks.js';
import { redactHeaders } from '../logging/redact-headers.js';
import { redactURL } from '../logging/redact-url.js';
import { redactor } from '../logging/redactor.js';
import { attachResponseMeta, createResponseMeta, type ResponseMeta } from '../meta/response-meta.js';
import type { TransportResponse } from '../transport/transport.js';
import { excerpt } from '../utils/excerpt.js';
import { iterableToReadableStream } from '../utils/iterable-to-readable-stream.js';
import type { CallState } from './api-promise.js';
import { buildBody } from './build-body.js';
import { buildHeaders } from './build-headers.js';
import { buildURL } from './build-url.js';
import { CallLifecycle } from './call-lifecycle.js';
import { checkHeader } from './check-header.js';
import { checkRequestOptions } from './check-request-options.js';
import { isRetryableStatus } from './is-retryable-status.js';
import { newIdempotencyKey } from './new-idempotency-key.js';
import { readFirstChunk } from './read-first-chunk.js';
import { readRawResponse } from './read-raw-response.js';
import type { RequestOptions } from './request-options.js';
import type { RequestSpec } from './request-spec.js';
import type { ResponseReader } from './response-source.js';
import { retryDelay } from './retry-delay.js';

/**
 * Sends one call: builds the request, retries what is worth retrying, and
 * resolves to parsed JSON (or text), or to what the spec's `read` makes of the response.
 */
export async function sendRequest(
  config: ClientConfig,
  callSpec: RequestSpec,
  options: RequestOptions = {},
  call: CallState = {},
): Promise<unknown> {
  checkRequestOptions(options);
  const spec = replacePathAndBody(callSpec, options);
  const url = buildURL(config, spec, options.query);
  const prepared = buildBody(spec, options);
  const baseHeaders = buildHeaders(config, prepared.headers, spec.headers, options.headers);
  if (spec.method !== 'GET' && !baseHeaders['idempotency-key']) {
    const { idempotencyKey } = options;
    baseHeaders['idempotency-key'] =
      idempotencyKey === undefined
        ? newIdempotencyKey()
        : checkHeader('options.idempotencyKey', 'idempotency-key', idempotencyKey);
  }
  let maxRetries = prepared.replayable ? (options.maxRetries ?? config.maxRetries) : 0;
  const timeout = options.timeout ?? config.timeout;
  // A stream never waits longer for a chunk than a request waits for its reply, so a silent server cannot hang it.
  const idleTimeout = options.idleTimeout ?? config.idleTimeout ?? timeout;
  const lifecycle = new CallLifecycle(options.signal, options.totalTimeout ?? config.totalTimeout);
  const { logger, hooks } = config;
  const logURL = () => redactURL(url, config.redact);

  const fail = (error: OpenAIError): never => {
    lifecycle.finish();
    prepared.discard?.();
    if (config.debug) logger.debug('request failed', { method: spec.method, url: logURL(), error: error.message });
    hooks.onError?.(error);
    throw error;
  };

  // Set once the call has been sent again after a 401 to a provider's key, a send that `maxRetries` does not count.
  let keyReplayed = false;
  for (let attempt = 0; ; attempt++) {
    const request: HookRequest = { method: spec.method, url, headers: { ...baseHeaders }, attempt };
    let providedKey: string | undefined;
    try {
      if (request.headers.authorization === KEY_HEADER) {
        // A plain key was checked when the client was made; only a provider's answer needs a look.
        const { apiKey } = config;
        if (typeof apiKey !== 'string') providedKey = await lifecycle.race(askKeyProvider(apiKey));
        request.headers.authorization = `Bearer ${providedKey ?? apiKey}`;
      }
      if (hooks.beforeRequest) await lifecycle.race(hooks.beforeRequest(request));
    } catch (error) {
      fail(asHookError(error));
    }

    let outcome: AttemptOutcome;
    try {
      const signal = lifecycle.startAttempt(timeout);
      if (config.debug) {
        logger.debug('request', {
          method: spec.method,
          url: redactURL(request.url, config.redact),
          attempt,
          headers: redactHeaders(request.headers, config.redact),
        });
      }
      const response = await config.transport({
        method: spec.method,
        url: request.url,
        headers: request.headers,
        body: prepared.body,
        signal,
        fetchOptions: options.fetchOptions,
      });
      const redact = redactor(request.headers, config.redact);
      const meta = createResponseMeta(response.status, response.headers, attempt + 1, redact, response.statusText);
      if (config.debug) {
        const { status, requestId } = meta;
        logger.debug('response', { status, requestId, url: redactURL(request.url, config.redact) });
      }
      // A redirect too: fetch follows them, but undici's request does not, and its empty body is no result.
      if (response.status >= 300) {
        // The `error` object of its body, or its text, scrubbed of the credentials sent.
        const error = createAPIError(meta, parseErrorBody(redact(await response.text())));
        outcome = {
          error,
          retryable: isRetryableStatus(response.status, response.headers),
          serverAskedMs: meta.retryAfterMs,
        };
      } else {
        if (hooks.afterResponse) {
          try {
            await lifecycle.race(hooks.afterResponse(request, meta));
          } catch (error) {
            // Not the connection's fault: the call fails as it is, and the unread body frees its connection.
            response.discard();
            throw asHookError(error);
          }
        }
        call.meta = meta;
        return await readSuccess(
          call.raw ? readRawResponse : spec.read,
          spec,
          response,
          meta,
          lifecycle,
          idleTimeout,
          redact,
          config.lenientStreamEnd,
        );
      }
    } catch (thrown) {
      const error = lifecycle.abortReason() ?? asOpenAIError(thrown);
      outcome = {
        error,
        retryable: error instanceof APIConnectionError && !lifecycle.cancelReason,
        serverAskedMs: null,
      };
    }

    const { error, serverAskedMs } = outcome;
    const { apiKey } = config;
    // A key its provider gave and the API refused: dropped, and the call sent once more with a fresh one.
    if (
      providedKey &&
      !keyReplayed &&
      prepared.replayable &&
      (error as APIError).status === 401 &&
      typeof apiKey === 'function' &&
      apiKey.invalidate
    ) {
      apiKey.invalidate(providedKey);
      keyReplayed = true;
      maxRetries++;
      continue;
    }
    if (!outcome.retryable || attempt >= maxRetries) fail(error);
    if (serverAskedMs !== null && serverAskedMs > config.maxRetryAfter) {
      logger.warn('not retrying: Retry-After exceeds maxRetryAfter', {
        retryAfterMs: serverAskedMs,
        maxRetryAfter: config.maxRetryAfter,
      });
      fail(error);
    }
    const delayMs = retryDelay(attempt, serverAskedMs);
    logger.info('retrying', {
      url: logURL(),
      attempt: attempt + 1,
      delayMs: Math.round(delayMs),
      reason: error.message,
    });
    hooks.onRetry?.({ request, error, delayMs, nextAttempt: attempt + 1 });
    try {
      await lifecycle.sleep(delayMs);
    } catch (cancelled) {
      fail(cancelled as OpenAIError);
    }
  }
}

interface AttemptOutcome {
  error: OpenAIError;
  retryable: boolean;
  serverAskedMs: number | null;
}

/** What a failing hook or key provider makes the call fail with; an SDK error, a cancellation among them, as it is. */
function asHookError(error: unknown): OpenAIError {
  return error instanceof OpenAIError
    ? error
    : new OpenAIError('A request hook or the key provider failed.', { cause: error });
}

function asOpenAIError(thrown: unknown): OpenAIError {
  if (thrown instanceof OpenAIError) return thrown;
  // fetch wraps the failure of an upload's source, which the encoder raised as our own error, in a TypeError.
  const cause = (thrown as Error)?.cause;
  if (cause instanceof OpenAIError) return cause;
  return new APIConnectionError(`Connection error: ${(thrown as Error)?.message ?? String(thrown)}`, { cause: thrown });
}

async function readSuccess(
  read: ResponseReader<unknown> | undefined,
  spec: RequestSpec,
  response: TransportResponse,
  meta: ResponseMeta,
  lifecycle: CallLifecycle,
  idleTimeout: number | undefined,
  redact: (text: string) => string,
  lenientStreamEnd: boolean | undefined,
): Promise<unknown> {
  const contentType = response.headers['content-type'] ?? '';
  const eventStream = contentType.startsWith('text/event-stream');
  if (read) {
    lifecycle.endAttemptTimer(idleTimeout);
    let { body } = response;
    let webStream = () => response.webStream();
    if (eventStream) {
      // Until its first byte, a stream that fails is retried like any failed request; from then on it is the reader's.
      lifecycle.startWaiting();
      body = await readFirstChunk(body);
      // An abort that came with the first chunk still wins: the call must not resolve to a stream already aborted.
      const aborted = lifecycle.abortReason();
      if (aborted) throw aborted;
      lifecycle.touch();
      webStream = () => iterableToReadableStream(body);
    }
    return read({
      body,
      meta,
      webStream,
      abort: (reason) =>
        lifecycle.abortAttempt(reason instanceof APIUserAbortError ? reason : new APIUserAbortError({ cause: reason })),
      onRead: () => lifecycle.startWaiting(),
      onChunk: () => lifecycle.touch(),
      finish: () => lifecycle.finish(),
      mapError: (error) => lifecycle.abortReason() ?? asOpenAIError(error),
      redact,
      lenientStreamEnd,
    });
  }
  if (eventStream) {
    response.discard();
    throw new InvalidInputError('read', 'the reply is an event stream; call streamX or read with createEventStream');
  }
  const text = await response.text();
  lifecycle.finish();
  const { json, map } = spec;
  // A call that does not say it reads JSON (`client.request`) takes an empty body for nothing and text for text.
  if (!json && (text === '' || !contentType.includes('json'))) return text || undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Its message would quote the text unscrubbed; the error below quotes it scrubbed.
  }
  // Every JSON result of the API is an object, whatever the content-type says (compatible servers mislabel theirs).
  if (json ? typeof parsed !== 'object' || parsed === null : parsed === undefined) {
    throw new InvalidResponseError(meta, excerpt(redact(text)), 'JSON');
  }
  return attachResponseMeta(map ? map(parsed as never) : parsed, meta);
}

/** The call with the official `path` and `body` options in place of its own, when given. */
function replacePathAndBody(spec: RequestSpec, { path, body }: RequestOptions): RequestSpec {
  if (path === undefined && body === undefined) return spec;
  const target = path === undefined ? {} : { path, pathParams: undefined };
  return { ...spec, ...target, ...(body === undefined ? {} : { body }) };
}
