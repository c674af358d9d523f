/**
 * Plumbing for the `@org/*` packages built on this core: generated functions, stream helpers and tool runs import
 * from here. It is not part of the public API and may change in any release, so apps should not import it; what an
 * app calls is in `@org/core`.
 */
export { dropReplacedAzureOptions } from './azure/drop-replaced-azure-options.js';
export { isBrowser } from './client/is-browser.js';
export { request } from './client/request.js';
export { readEnv } from './config/read-env.js';
export { apiErrorFromReply } from './errors/api-error-from-reply.js';
export { attachResponseMeta } from './meta/response-meta.js';
export type { Paging } from './pagination/page.js';
export { requestPage } from './pagination/request-page.js';
export { type JobState, type PollSettings, poll } from './polling/poll.js';
export { checkOptionsOf, requestOptionsOf, waitForJob } from './polling/wait-for-job.js';
export { backoffDelay } from './request/backoff-delay.js';
export { rawBody } from './request/raw-body.js';
export { stepOptions } from './request/step-options.js';
export { withHeaders } from './request/with-headers.js';
export { NDJSON_END, ndjsonLine } from './streaming/ndjson-line.js';
export { PushedIterator } from './streaming/pushed-iterator.js';
export { StreamHelper } from './streaming/stream-helper.js';
export type { StreamIterator } from './streaming/stream-iterator.js';
export { streamPromise } from './streaming/stream-promise.js';
export { parseJsonOutput } from './structured/parse-json-output.js';
export { IterableTask } from './tasks/iterable-task.js';
export { LazyPromise } from './tasks/lazy-promise.js';
export { checkMaxSteps } from './tools/check-max-steps.js';
export { runToolCalls, type ToolCall, type ToolResult } from './tools/run-tool-calls.js';
export { type ToolRunSettings, toolRunStopReason } from './tools/tool-run.js';
export { checkFileField } from './uploads/check-file-field.js';
export { isNamedUpload } from './uploads/is-uploadable.js';
export { decodeBase64 } from './utils/decode-base64.js';
export { isRecord } from './utils/is-record.js';
export { iterableToReadableStream } from './utils/iterable-to-readable-stream.js';
export { iterateReadableStream } from './utils/iterate-readable-stream.js';
export { noop } from './utils/noop.js';
export { onAbort } from './utils/on-abort.js';
export { runWorkers } from './utils/run-workers.js';
export { sleep } from './utils/sleep.js';
export { weakRefTo } from './utils/weak-ref-to.js';
