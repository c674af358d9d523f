export type { Client } from './client/client.js';
export type { ApiKeyProvider, ApiKeySource, ClientOptions } from './client/client-options.js';
export { createClient } from './client/create-client.js';
export { DEFAULT_TIMEOUT_MS } from './client/default-timeout.js';
export type { Handshake, HandshakeOptions } from './client/handshake.js';
export {
  APIError,
  type APIErrorBody,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors/api-error.js';
export { ConfigError } from './errors/config-error.js';
export {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  type TimeoutKind,
} from './errors/connection-errors.js';
export type { ErrorKindMap } from './errors/error-kind-map.js';
export { InvalidInputError } from './errors/invalid-input-error.js';
export { InvalidResponseError } from './errors/invalid-response-error.js';
export { isAPIError } from './errors/is-api-error.js';
export { isErrorKind } from './errors/is-error-kind.js';
export { isOpenAIError } from './errors/is-openai-error.js';
export { JobFailedError, JobTimeoutError } from './errors/job-errors.js';
export { MissingDependencyError } from './errors/missing-dependency-error.js';
export { OpenAIError } from './errors/openai-error.js';
export { OutputParseError, RefusalError, TruncatedOutputError } from './errors/output-errors.js';
export { PaginationLoopError } from './errors/pagination-loop-error.js';
export { StreamError } from './errors/stream-error.js';
export { StreamTruncatedError } from './errors/stream-truncated-error.js';
export type { HookRequest, Hooks } from './hooks/hooks.js';
export type { LogFunction, Logger, LogLevel } from './logging/logger.js';
export type { RateLimit } from './meta/rate-limit.js';
export { getResponseMeta, type ResponseMeta } from './meta/response-meta.js';
export type { Page, PagePromise } from './pagination/page.js';
export type { PollOptions } from './polling/poll.js';
export type { WaitOptions } from './polling/wait-for-job.js';
export type { APIPromise, WithRequestID, WithResponse } from './request/api-promise.js';
export type { HeadersLike } from './request/header-entries.js';
export type { HttpMethod } from './request/http-method.js';
export type { FetchOptions, RequestOptions } from './request/request-options.js';
export type { RequestSpec } from './request/request-spec.js';
export type { ResponseReader, ResponseSource } from './request/response-source.js';
export type { BinaryResponse } from './response/binary-response.js';
export { createBinaryResponse } from './response/create-binary-response.js';
export { createEventStream, type EventStreamOptions } from './streaming/create-event-stream.js';
export { createNdjsonStream, type NdjsonStreamOptions } from './streaming/create-ndjson-stream.js';
export type { NamedEvent, StreamEnd } from './streaming/sse-decoder.js';
export { Stream } from './streaming/stream.js';
export {
  type StreamFromReadableStreamOptions,
  streamFromReadableStream,
} from './streaming/stream-from-readable-stream.js';
export type { StreamPromise } from './streaming/stream-promise.js';
export type { StreamSource } from './streaming/stream-source.js';
export { teeStream } from './streaming/tee-stream.js';
export { toReadableStream } from './streaming/to-readable-stream.js';
export { defineTool } from './tools/define-tool.js';
export type { FunctionTool, ToolContext } from './tools/function-tool.js';
export { ToolRun, type ToolRunStopReason } from './tools/tool-run.js';
export type { FetchLike } from './transport/fetch-like.js';
export { jsonOrMultipart, type MultipartBody, multipartBody } from './uploads/multipart-body.js';
export { toFile } from './uploads/to-file.js';
export type { NamedUpload, Uploadable } from './uploads/uploadable.js';
